package org.souk.checks.internal.rules;

import java.util.function.Consumer;
import java.util.function.Function;

import org.souk.checks.Severity;
import org.souk.checks.internal.ArchiveContents;
import org.souk.checks.internal.ArchiveReader;
import org.souk.checks.internal.BoundedCache;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;

/**
 * A check of a version's archive: its scan runs once per blob key, since a scan depends only on the archive's
 * bytes, so a repeated check run reports the kept findings. A version without an archive has nothing to scan; an
 * archive that does not unpack is F-12's finding ({@link ArchiveSecurityCheck}), not the other scans'.
 */
abstract class ArchiveScanCheck extends RuleCheck {

    private final ArchiveReader archives;
    private final Function<ArchiveContents, ArchiveFindings> scan;
    private final BoundedCache<ArchiveFindings> scans = ArchiveFindings.cache();

    ArchiveScanCheck(String rule, Severity severity, ArchiveReader archives,
            Function<ArchiveContents, ArchiveFindings> scan) {
        super(rule, severity);
        this.archives = archives;
        this.scan = scan;
    }

    @Override
    public void run(CheckContext context, Findings findings) {
        report(context, findings, archive -> { });
    }

    /** Reports the scan of the version's archive, or hands an archive that does not unpack to {@code unreadable}. */
    final void report(CheckContext context, Findings findings, Consumer<ArchiveContents> unreadable) {
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
