package org.souk.checks.internal.rules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.souk.checks.internal.ArchiveContents;
import org.souk.checks.internal.ArchiveContents.Entry;
import org.souk.checks.internal.ArchiveReader;
import org.souk.checks.internal.CheckContext;
import org.souk.solution.TechnologyType;
import org.springframework.stereotype.Component;

/**
 * The manifest of a BI report's archive for the T-BI checks, read once per archive (archives are
 * content-addressed, so the key names the manifest for good).
 */
@Component
class BiManifests {

    private static final int CACHED = 64;

    /**
     * The manifest, or why there is none: {@code what} is the message's name ({@code noArchive},
     * {@code noManifest}, {@code notAtRoot}, {@code unreadable}) and {@code details} what was found.
     */
    record Read(BiManifest manifest, String what, List<String> details) {
    }

    private final ArchiveReader archives;
    private final Map<String, Read> cache = new ConcurrentHashMap<>();

    BiManifests(ArchiveReader archives) {
        this.archives = archives;
    }

    /** The BI report's manifest; {@code null} when the draft is no BI report or has no archive yet (V-05). */
    Read read(CheckContext context) {
        String key = context.version().archiveKey();
        if (context.draft().technologyType() != TechnologyType.BI_REPORT || key == null) {
            return null;
        }
        Read read = cache.get(key);
        if (read == null) {
            read = load(archives.read(key));
            if (cache.size() >= CACHED) {
                cache.clear();
            }
            cache.put(key, read);
        }
        return read;
    }

    private static Read load(ArchiveContents archive) {
        if (!archive.ok()) {
            return new Read(null, "noArchive", List.of(String.valueOf(archive.problem())));
        }
        Entry file = archive.entry(BiManifest.FILE).orElse(null);
        if (file == null) {
            List<String> elsewhere = archive.entries().stream().map(Entry::path)
                    .filter(p -> p.endsWith("/" + BiManifest.FILE)).toList();
            return elsewhere.isEmpty() ? new Read(null, "noManifest", List.of())
                    : new Read(null, "notAtRoot", elsewhere);
        }
        if (!file.isText()) {
            return new Read(null, "unreadable", List.of("not a text file"));
        }
        BiManifest.Parsed parsed = BiManifest.parse(file.text());
        return parsed.manifest() == null ? new Read(null, "unreadable", parsed.problems())
                : new Read(parsed.manifest(), null, List.of());
    }

    /** The partner's code: what the solution code has before its dot ({@code acme} of {@code acme.sales}). */
    static String partner(CheckContext context) {
        String code = context.draft().code();
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
