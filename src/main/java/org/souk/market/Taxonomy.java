package org.souk.market;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.souk.audit.AuditLog;
import org.souk.market.internal.CategoryEntity;
import org.souk.market.internal.CategoryGroupEntity;
import org.souk.market.internal.CategoryGroupRepository;
import org.souk.market.internal.CategoryRepository;
import org.souk.market.internal.LanguageRepository;
import org.souk.market.internal.TagEntity;
import org.souk.market.internal.TagRepository;
import org.souk.market.internal.TaxonomyEntity;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.Violation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog taxonomy: two-level categories and the tag list that solution cards choose from (C-02 … C-10).
 * Everyone reads it; market managers add groups, categories and tags, rename them (names per language, English
 * required as the fallback), and remove them while no solution uses them ({@link TaxonomyUsage}).
 */
@Service
public class Taxonomy {

    /** The rules that may restrict a category, in the order of requirements.md. */
    public static final List<String> GATES = List.of("C-04", "C-05", "C-06", "C-07", "C-08");

    private static final Pattern GROUP_CODE = Pattern.compile("^[a-z][a-z0-9_]{1,31}$");
    private static final Pattern CATEGORY_CODE = Pattern.compile("^[a-z][a-z0-9_]{1,31}(\\.[a-z][a-z0-9_]{1,31})?$");
    private static final Pattern TAG_CODE = GROUP_CODE;
    private static final int CATEGORY_NAME_MAX = 100;
    private static final int TAG_NAME_MAX = 60;
    private static final Sort ORDER = Sort.by("sortOrder", "code");

    private final CategoryGroupRepository groups;
    private final CategoryRepository categories;
    private final TagRepository tags;
    private final LanguageRepository languages;
    private final ObjectProvider<TaxonomyUsage> usages;
    private final AuditLog audit;
    private final Messages messages;

    Taxonomy(CategoryGroupRepository groups, CategoryRepository categories, TagRepository tags,
            LanguageRepository languages, ObjectProvider<TaxonomyUsage> usages, AuditLog audit, Messages messages) {
        this.groups = groups;
        this.categories = categories;
        this.tags = tags;
        this.languages = languages;
        this.usages = usages;
        this.audit = audit;
        this.messages = messages;
    }

    // ---- reading

    /** Every group with its categories, both in display order. */
    @Transactional(readOnly = true)
    public List<CategoryGroup> groups() {
        Map<String, List<CategoryEntity>> byGroup = categories.findAll(ORDER).stream()
                .collect(Collectors.groupingBy(CategoryEntity::getGroupCode, LinkedHashMap::new, Collectors.toList()));
        return groups.findAll(ORDER).stream().map(group -> new CategoryGroup(group.getCode(),
                Names.ordered(group.getNames()), group.getSortOrder(),
                byGroup.getOrDefault(group.getCode(), List.of()).stream().map(c -> toCategory(c, group)).toList()))
                .toList();
    }

    /** Every category, group by group, in display order. */
    @Transactional(readOnly = true)
    public List<Category> categories() {
        return groups().stream().flatMap(group -> group.categories().stream()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Category> findCategory(String code) {
        return code == null ? Optional.empty() : categories.findById(code).map(this::toCategory);
    }

    public Category getCategory(String code) {
        return findCategory(code).orElseThrow(() -> new NotFound(messages.get("error.taxonomy.category.unknown", code)));
    }

    /** The known categories among {@code codes} (exact codes), in the order given, each once. */
    @Transactional(readOnly = true)
    public List<Category> findCategories(Collection<String> codes) {
        Map<String, CategoryEntity> found = byCode(categories.findAllById(distinct(codes)), CategoryEntity::getCode);
        Map<String, CategoryGroupEntity> groupsByCode = byCode(groups.findAll(), CategoryGroupEntity::getCode);
        return distinct(codes).stream().filter(found::containsKey)
                .map(code -> toCategory(found.get(code), groupsByCode.get(found.get(code).getGroupCode()))).toList();
    }

    /** The codes among {@code codes} that name no category, in the order given, each once: "unknown category X". */
    @Transactional(readOnly = true)
    public List<String> unknownCategories(Collection<String> codes) {
        Map<String, CategoryEntity> found = byCode(categories.findAllById(distinct(codes)), CategoryEntity::getCode);
        return unknown(codes, found.keySet());
    }

    /** Every tag, by code. */
    @Transactional(readOnly = true)
    public List<Tag> tags() {
        return tags.findAll(Sort.by("code")).stream().map(Taxonomy::toTag).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Tag> findTag(String code) {
        return code == null ? Optional.empty() : tags.findById(code).map(Taxonomy::toTag);
    }

    public Tag getTag(String code) {
        return findTag(code).orElseThrow(() -> new NotFound(messages.get("error.taxonomy.tag.unknown", code)));
    }

    /** The known tags among {@code codes} (exact codes), in the order given, each once. */
    @Transactional(readOnly = true)
    public List<Tag> findTags(Collection<String> codes) {
        Map<String, TagEntity> found = byCode(tags.findAllById(distinct(codes)), TagEntity::getCode);
        return distinct(codes).stream().filter(found::containsKey).map(code -> toTag(found.get(code))).toList();
    }

    /** The codes among {@code codes} that name no tag, in the order given, each once: "unknown tag X". */
    @Transactional(readOnly = true)
    public List<String> unknownTags(Collection<String> codes) {
        Map<String, TagEntity> found = byCode(tags.findAllById(distinct(codes)), TagEntity::getCode);
        return unknown(codes, found.keySet());
    }

    /** A group by its code, with its categories. */
    @Transactional(readOnly = true)
    public CategoryGroup getGroup(String code) {
        return groups().stream().filter(g -> g.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFound(messages.get("error.taxonomy.group.unknown", code)));
    }

    // ---- adding: what differs per kind, then the same checks of code and names

    @Transactional
    public CategoryGroup addGroup(String code, Map<String, String> names) {
        String normalized = normalize(code);
        CategoryGroupEntity group = added(entries(TaxonomyKind.GROUP), normalized, names, new ArrayList<>(), null,
                groups.findAll(), checked -> groups.save(new CategoryGroupEntity(normalized,
                        groups.maxSortOrder() + 10, checked)), "");
        return new CategoryGroup(group.getCode(), Names.ordered(group.getNames()), group.getSortOrder(), List.of());
    }

    /**
     * Adds a category at the end of its group. {@code code} is "group.subcategory", or the group's code for a
     * group without subcategories; {@code gate} is one of {@link #GATES} or null.
     */
    @Transactional
    public Category addCategory(String code, String group, Map<String, String> names, boolean miscellaneous,
            String gate) {
        String normalized = normalize(code);
        String groupCode = normalize(group);
        String normalizedGate = gate == null || gate.isBlank() ? null : gate.trim().toUpperCase(Locale.ROOT);
        List<Violation> violations = new ArrayList<>();
        CategoryGroupEntity groupEntity = groupCode.isEmpty() ? null : groups.findById(groupCode).orElse(null);
        if (groupEntity == null) {
            violations.add(messages.violation("group", null, "error.taxonomy.group.missing"));
        }
        if (normalizedGate != null && !GATES.contains(normalizedGate)) {
            violations.add(messages.violation("gate", null, "error.taxonomy.gate", String.join(", ", GATES)));
        }
        Violation outsideGroup = groupEntity != null && !normalized.equals(groupCode)
                && !normalized.startsWith(groupCode + ".")
                        ? messages.violation("code", null, "error.taxonomy.category.prefix", groupCode) : null;
        CategoryEntity category = added(entries(TaxonomyKind.CATEGORY), normalized, names, violations, outsideGroup,
                groupEntity == null ? List.of() : categories.findByGroupCode(groupCode),
                checked -> categories.save(new CategoryEntity(normalized, groupCode,
                        categories.maxSortOrder(groupCode) + 10, checked, miscellaneous, normalizedGate)),
                "; group " + groupCode + (miscellaneous ? "; miscellaneous (C-03)" : "")
                        + (normalizedGate == null ? "" : "; gate " + normalizedGate));
        return toCategory(category, groupEntity);
    }

    @Transactional
    public Tag addTag(String code, Map<String, String> names) {
        String normalized = normalize(code);
        return toTag(added(entries(TaxonomyKind.TAG), normalized, names, new ArrayList<>(), null, tags.findAll(),
                checked -> tags.save(new TagEntity(normalized, checked)), ""));
    }

    /**
     * The checks every kind shares: the code's form, then {@code misplaced} (a kind's own refusal of the code),
     * then a code taken; names per language with English required, none a sibling's. {@code violations} come
     * with the kind's own findings; {@code details} is what the audit records after the names.
     */
    private <E extends TaxonomyEntity> E added(Entries<E> entries, String code, Map<String, String> names,
            List<Violation> violations, Violation misplaced, Collection<E> siblings,
            Function<Map<String, String>, E> create, String details) {
        String key = entries.kind().key();
        if (!entries.code().matcher(code).matches()) {
            violations.add(messages.violation("code", null, "error.taxonomy." + key + ".code"));
        } else if (misplaced != null) {
            violations.add(misplaced);
        } else if (entries.repository().existsById(code)) {
            violations.add(messages.violation("code", null, "error.taxonomy." + key + ".taken"));
        }
        Map<String, String> checked = checkNames(names, Map.of(), true, entries.maxName(), violations);
        checkUnique(code, checked, siblings, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        E added = create.apply(checked);
        audit.record(entries.kind().audited() + ".added", entries.kind().audited(), code, describe(checked) + details);
        return added;
    }

    // ---- renaming and removing: one path for the three kinds

    /** Sets the names given (English cannot be emptied; an empty name in another language removes it). */
    @Transactional
    public void rename(TaxonomyKind kind, String code, Map<String, String> names) {
        renamed(entries(kind), code, names);
    }

    private <E extends TaxonomyEntity> void renamed(Entries<E> entries, String code, Map<String, String> names) {
        E entry = existing(entries, code);
        List<Violation> violations = new ArrayList<>();
        Map<String, String> changes = checkNames(names, entry.getNames(), false, entries.maxName(), violations);
        checkUnique(entry.getCode(), merged(entry.getNames(), changes), entries.siblings().apply(entry), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        apply(entry.getNames(), changes);
        String audited = entries.kind().audited();
        audit.record(audited + ".renamed", audited, entry.getCode(), describe(entry.getNames()));
    }

    /**
     * Refused with a {@link Conflict} while something uses the entry: a solution (categories, tags) or a
     * category (groups).
     */
    @Transactional
    public void remove(TaxonomyKind kind, String code) {
        removed(entries(kind), code);
    }

    private <E extends TaxonomyEntity> void removed(Entries<E> entries, String code) {
        E entry = existing(entries, code);
        long used = entries.uses().applyAsLong(entry.getCode());
        if (used > 0) {
            throw new Conflict(null, messages.get(entries.usedKey(), entry.getCode(), used));
        }
        try {
            entries.repository().delete(entry);
            entries.repository().flush();
        } catch (DataIntegrityViolationException e) {
            // a reference the usage check did not count (a foreign key of another module)
            throw new Conflict(null, messages.get(entries.usedKey(), entry.getCode(), 1));
        }
        String audited = entries.kind().audited();
        audit.record(audited + ".removed", audited, entry.getCode(), describe(entry.getNames()));
    }

    /**
     * One kind's storage and limits: its table, the form of its codes, the longest name, the siblings whose names
     * must differ, and how many things use an entry (with the message that refuses the removal).
     */
    private record Entries<E extends TaxonomyEntity>(TaxonomyKind kind, JpaRepository<E, String> repository,
            Pattern code, int maxName, Function<E, Collection<E>> siblings, ToLongFunction<String> uses,
            String usedKey) {
    }

    @SuppressWarnings("unchecked")
    private <E extends TaxonomyEntity> Entries<E> entries(TaxonomyKind kind) {
        return (Entries<E>) switch (kind) {
            case GROUP -> new Entries<CategoryGroupEntity>(kind, groups, GROUP_CODE, CATEGORY_NAME_MAX,
                    g -> groups.findAll(), code -> categories.existsByGroupCode(code) ? 1 : 0, "error.taxonomy.group.notEmpty");
            case CATEGORY -> new Entries<CategoryEntity>(kind, categories, CATEGORY_CODE, CATEGORY_NAME_MAX,
                    c -> categories.findByGroupCode(c.getGroupCode()),
                    code -> usages.orderedStream().mapToLong(u -> u.solutionsInCategory(code)).sum(),
                    "error.taxonomy.category.used");
            case TAG -> new Entries<TagEntity>(kind, tags, TAG_CODE, TAG_NAME_MAX, t -> tags.findAll(),
                    code -> usages.orderedStream().mapToLong(u -> u.solutionsWithTag(code)).sum(),
                    "error.taxonomy.tag.used");
        };
    }

    private <E extends TaxonomyEntity> E existing(Entries<E> entries, String code) {
        return (code == null ? Optional.<E>empty() : entries.repository().findById(code))
                .orElseThrow(() -> new NotFound(messages.get("error.taxonomy." + entries.kind().key() + ".unknown",
                        code)));
    }

    // ---- helpers

    /**
     * Checks names per language (field "names.<language>"). Adding: English is required, empty names in other
     * languages are left out. Renaming: the names given replace the current ones, English may be left out but
     * not emptied, an empty name in another language means "remove" (a null value in the result).
     */
    private Map<String, String> checkNames(Map<String, String> names, Map<String, String> current, boolean adding,
            int max, List<Violation> violations) {
        Map<String, String> result = new HashMap<>();
        Map<String, String> given = names == null ? Map.of() : names;
        if (given.isEmpty() || adding && blank(valueOf(given, Names.ENGLISH))) {
            violations.add(messages.violation("names." + Names.ENGLISH, null, "error.required"));
        }
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String language = entry.getKey() == null ? "" : entry.getKey().trim().toLowerCase(Locale.ROOT);
            String field = "names." + language;
            String name = entry.getValue() == null ? "" : entry.getValue().trim().replaceAll("\\s+", " ");
            if (language.isEmpty() || !languages.existsById(language)) {
                violations.add(messages.violation(field, null, "error.taxonomy.language"));
            } else if (name.isEmpty()) {
                if (Names.ENGLISH.equals(language)) {
                    if (!adding) {
                        violations.add(messages.violation(field, null, "error.length.between", 1, max));
                    }
                } else if (!adding && current.containsKey(language)) {
                    result.put(language, null);
                }
            } else if (name.length() > max) {
                violations.add(messages.violation(field, null, "error.length.between", 1, max));
            } else {
                result.put(language, name);
            }
        }
        return result;
    }

    /** No two siblings (tags; groups; categories of one group) share a name in one language. */
    private void checkUnique(String code, Map<String, String> names, Collection<? extends TaxonomyEntity> siblings,
            List<Violation> violations) {
        for (Map.Entry<String, String> entry : names.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            for (TaxonomyEntity sibling : siblings) {
                String other = sibling.getNames().get(entry.getKey());
                if (!sibling.getCode().equals(code) && other != null && other.equalsIgnoreCase(entry.getValue())) {
                    violations.add(messages.violation("names." + entry.getKey(), null, "error.taxonomy.name.taken",
                            sibling.getCode()));
                    break;
                }
            }
        }
    }

    private static Map<String, String> merged(Map<String, String> current, Map<String, String> changes) {
        Map<String, String> merged = new HashMap<>(current);
        apply(merged, changes);
        return merged;
    }

    private static void apply(Map<String, String> names, Map<String, String> changes) {
        changes.forEach((language, name) -> {
            if (name == null) {
                names.remove(language);
            } else {
                names.put(language, name);
            }
        });
    }

    private static String valueOf(Map<String, String> names, String language) {
        return names.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().trim().equalsIgnoreCase(language))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String normalize(String code) {
        return code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    }

    private static String describe(Map<String, String> names) {
        return Names.ordered(names).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static List<String> distinct(Collection<String> codes) {
        return codes == null ? List.of()
                : new ArrayList<>(codes.stream().filter(c -> c != null).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static List<String> unknown(Collection<String> codes, java.util.Set<String> known) {
        if (codes == null) {
            return List.of();
        }
        List<String> unknown = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            if (code == null || !known.contains(code)) {
                unknown.add(code);
            }
        }
        return unknown;
    }

    private static <E> Map<String, E> byCode(List<E> entities, Function<E, String> codeOf) {
        return entities.stream().collect(Collectors.toMap(codeOf, Function.identity()));
    }

    private Category toCategory(CategoryEntity category) {
        return toCategory(category, groups.findById(category.getGroupCode()).orElseThrow());
    }

    private static Category toCategory(CategoryEntity category, CategoryGroupEntity group) {
        return new Category(category.getCode(), category.getGroupCode(), Names.ordered(category.getNames()),
                Names.ordered(group.getNames()), category.getSortOrder(), category.isMiscellaneous(), category.getGate());
    }

    private static Tag toTag(TagEntity tag) {
        return new Tag(tag.getCode(), Names.ordered(tag.getNames()));
    }
}
