package org.souk.install;

import java.time.Instant;
import java.util.List;

/**
 * A solution installed on an account, as people and programs see it. {@code status}: {@code PENDING} while an
 * installer page has not called {@code installFinish}, {@code INSTALLED}, {@code UNINSTALLED}.
 * {@code availableVersion} is the newer published version when there is one ("update available").
 */
public record Installation(long id, String domain, String memberId, String solutionCode, int version,
        List<String> scopes, String status, boolean test, boolean clean, Instant installedAt, Instant uninstalledAt,
        Integer availableVersion, String appUrl, String installerUrl) {

    public boolean active() {
        return !"UNINSTALLED".equals(status);
    }
}
