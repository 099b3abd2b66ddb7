package org.souk.solution;

import java.util.List;
import java.util.Map;

/** The version card (V-01 … V-09). A moderated version never changes (S-09). */
public record VersionCard(int number, List<String> scopes, boolean ownPage, boolean leftMenu, boolean mobile,
        List<String> placements, boolean installableWithoutAdmin, String appUrl, String archiveKey,
        String archiveName, Long archiveSize, String installerUrl, String handlerUrl, Map<String, String> whatsNew,
        boolean moderated) {
}
