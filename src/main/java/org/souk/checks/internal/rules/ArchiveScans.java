package org.souk.checks.internal.rules;

import java.util.function.Consumer;
import java.util.function.Function;

import org.souk.checks.internal.ArchiveContents;
import org.souk.checks.internal.ArchiveReader;
import org.souk.checks.internal.BoundedCache;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;

/**
 * One archive check's scan of a version's archive, run once per blob key: a scan depends only on the
 * archive's bytes, so a repeated check run reports the kept findings. A version without an archive has
 * nothing to scan; an archive that does not unpack is F-12's finding, not a scan's.
 */
final class ArchiveScans {

    private final ArchiveReader archives;
    private final Function<ArchiveContents, ArchiveFindings> scan;
    private final BoundedCache<ArchiveFindings> scans = ArchiveFindings.cache();

    ArchiveScans(ArchiveReader archives, Function<ArchiveContents, ArchiveFindings> scan) {
        this.archives = archives;
        this.scan = scan;
    }

    /** Reports the scan of the version's archive; one that does not unpack is left to F-12. */
    void report(CheckContext context, Findings findings) {
        report(context, findings, archive -> { });
    }

    /** Reports the scan of the version's archive, or hands an archive that does not unpack to {@code unreadable}. */
    void report(CheckContext context, Findings findings, Consumer<ArchiveContents> unreadable) {
        String key = context.version().archiveKey();
        if (key == null) {
            return;
        }
        ArchiveContents archive = archives.read(key);
        if (!archive.ok()) {
            unreadable.accept(archive);
            return;
        }
        scans.get(key, k -> scan.apply(archive)).report(findings);
    }
}
