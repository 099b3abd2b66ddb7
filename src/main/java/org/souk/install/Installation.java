package org.souk.install;

import java.time.Instant;
import java.util.List;

import org.souk.web.LowerCaseValue;

import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A solution installed on an account, as people and programs see it. {@code status}: {@code PENDING} while an
 * installer page has not called {@code installFinish}, {@code INSTALLED}, {@code UNINSTALLED} (the API writes
 * them in lower case).
 * {@code availableVersion} is the newer published version when there is one ("update available").
 */
public record Installation(long id, String domain, String memberId, String solutionCode, int version,
        List<String> scopes, @JsonSerialize(using = LowerCaseValue.class) String status, boolean test, boolean clean,
        Instant installedAt, Instant uninstalledAt, Integer availableVersion, String appUrl, String installerUrl) {

    public boolean active() {
        return !"UNINSTALLED".equals(status);
    }
}
