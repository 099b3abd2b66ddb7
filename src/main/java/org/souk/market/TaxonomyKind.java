package org.souk.market;

import java.util.Optional;

/**
 * The three kinds of taxonomy entries that market managers add, rename and remove the same way: category
 * groups, categories and tags. {@code path} is the segment of their addresses ({@code /manage/taxonomy/tags},
 * {@code /api/v1/admin/taxonomy/tags}), {@code key} the part of their message keys, {@code audited} the name in
 * the audit log.
 */
public enum TaxonomyKind {

    GROUP("groups", "group", "category_group"),
    CATEGORY("categories", "category", "category"),
    TAG("tags", "tag", "tag");

    private final String path;
    private final String key;
    private final String audited;

    TaxonomyKind(String path, String key, String audited) {
        this.path = path;
        this.key = key;
        this.audited = audited;
    }

    public String path() {
        return path;
    }

    public String key() {
        return key;
    }

    String audited() {
        return audited;
    }

    /** The kind whose addresses have this segment ("tags"). */
    public static Optional<TaxonomyKind> ofPath(String path) {
        for (TaxonomyKind kind : values()) {
            if (kind.path.equals(path)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
