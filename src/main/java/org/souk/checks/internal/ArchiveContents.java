package org.souk.checks.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A version's zip archive as the checks see it, unpacked in memory within bounds: every file with its
 * real unpacked size, and the text of the files that are text. When the archive could not be unpacked
 * safely, {@link #problem()} says why and the entries are those read before it stopped.
 *
 * @param size the archive's size in bytes
 * @param files the files (not the folders) by path, in the archive's order
 * @param folders every folder that holds a file or is listed itself, without the trailing slash
 * @param problem why unpacking stopped, or {@code null}
 * @param detail the entry or the figure that stopped it
 */
public record ArchiveContents(long size, Map<String, Entry> files, Set<String> folders, Problem problem,
        String detail) {

    /** Why an archive is not unpacked (each is a finding of F-12, the security scan). */
    public enum Problem {
        /** No blob has the version's archive key. */
        MISSING,
        /** Not a zip, encrypted, or corrupt. */
        UNREADABLE,
        /** The archive, one entry or all of them unpack to more than the bounds. */
        TOO_LARGE,
        TOO_MANY_ENTRIES,
        /** An entry or the archive unpacks to 100 times its packed size or more. */
        BOMB,
        /** An entry's path is absolute or leads out of the folder it is unpacked into. */
        UNSAFE_PATH
    }

    /**
     * One file of the archive.
     *
     * @param path the normalized path inside the archive, with {@code /} separators
     * @param size its real unpacked size in bytes
     * @param text its content decoded as UTF-8 if it is a text file (no NUL byte), else {@code null}
     * @param utf8 whether the text was valid UTF-8
     */
    public record Entry(String path, long size, String text, boolean utf8) {

        /** The lower-case extension without its dot, or "" if the name has none. */
        public String extension() {
            String name = path.substring(path.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        }

        public boolean isText() {
            return text != null;
        }
    }

    public ArchiveContents {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        folders = Set.copyOf(folders);
    }

    /** The files in the archive's order. */
    public Collection<Entry> entries() {
        return files.values();
    }

    public boolean ok() {
        return problem == null;
    }

    public Optional<Entry> entry(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public boolean isFolder(String path) {
        return folders.contains(path);
    }

    /** The file paths by their lower-case form, to tell a link that differs only in case. */
    public Map<String, String> lowerCasePaths() {
        return files.values().stream().collect(Collectors.toMap(e -> e.path().toLowerCase(Locale.ROOT), Entry::path,
                (a, b) -> a));
    }

    /** The entries that are text files, with one of the extensions (all text files for an empty set). */
    public List<Entry> texts(Set<String> extensions) {
        return files.values().stream().filter(Entry::isText)
                .filter(e -> extensions.isEmpty() || extensions.contains(e.extension())).toList();
    }

    /** Roughly the memory it holds, for the cache. */
    long weight() {
        long weight = 256;
        for (Entry entry : files.values()) {
            weight += 64 + entry.path().length() * 2L + (entry.text() == null ? 0 : entry.text().length() * 2L);
        }
        return weight;
    }
}
