package org.souk.cli;

import java.util.List;
import java.util.Map;

/**
 * A version card as a file of the project (V-01 … V-09): scopes, options, URLs, "What's new" per language, and the
 * archive as a path relative to the file. On push, a field left out stays as it is on the market; the version
 * pushed is the latest one while no moderator has seen it, else a new one (S-09, S-10).
 */
record VersionFile(String solution, List<String> scopes, Boolean ownPage, Boolean leftMenu,
        Boolean mobile, List<String> placements, Boolean installableWithoutAdmin, String appUrl, String installerUrl,
        String handlerUrl, Map<String, String> whatsNew, String archive) {
}
