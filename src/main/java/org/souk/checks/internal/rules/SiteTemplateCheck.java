package org.souk.checks.internal.rules;

import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;

import org.souk.checks.Severity;
import org.souk.checks.internal.ArchiveContents.Entry;
import org.souk.checks.internal.ArchiveContents;
import org.souk.checks.internal.ArchiveReader;
import org.souk.checks.internal.BoundedCache;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.souk.solution.TechnologyType;
import org.springframework.stereotype.Component;

/**
 * T-SITE-1: a website template's archive has at most 10 MB and a file name in English (Latin letters,
 * digits, dot, dash, underscore) without spaces; its images should have at most 300 KB each (a
 * warning: a heavy template loads slowly on every site built from it).
 */
@Component
class SiteTemplateCheck extends RuleCheck {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long MAX_IMAGE_BYTES = 300L * 1024;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+\\.zip");
    private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "avif",
            "tif", "tiff");

    private final ArchiveReader archives;
    private final BoundedCache<ArchiveFindings> scans = ArchiveFindings.cache();

    SiteTemplateCheck(ArchiveReader archives) {
        super("T-SITE-1", Severity.BLOCKER);
        this.archives = archives;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        var version = context.version();
        if (context.draft().technologyType() != TechnologyType.WEBSITE_TEMPLATE || version.archiveKey() == null) {
            return;
        }
        String name = version.archiveName();
        if (name == null || !NAME.matcher(name).matches()) {
            findings.add(ArchiveFindings.FIELD, "name", name);
        }
        ArchiveContents archive = archives.read(version.archiveKey());
        long size = version.archiveSize() != null ? version.archiveSize() : archive.size();
        if (size > MAX_BYTES) {
            findings.add(ArchiveFindings.FIELD, "size", megabytes(size), megabytes(size));
        }
        if (!archive.ok()) {
            return; // F-12 says why
        }
        scans.get(version.archiveKey(), k -> images(archive)).report(findings);
    }

    private static ArchiveFindings images(ArchiveContents archive) {
        ArchiveFindings found = new ArchiveFindings();
        archive.entries().stream().filter(e -> IMAGES.contains(e.extension()) && e.size() > MAX_IMAGE_BYTES)
                .sorted(Comparator.comparingLong(Entry::size).reversed())
                .forEach(e -> found.add(Severity.WARNING, "image", () -> e.path() + " (" + e.size() / 1024 + " KB)",
                        e.size() / 1024));
        return found;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
