package org.souk.solution;

import java.util.List;
import java.util.Map;

/**
 * A partial change of a version card: null fields stay, an empty URL clears it; in {@code whatsNew} a
 * language mapped to null or blank is removed.
 */
public record VersionPatch(List<String> scopes, Boolean ownPage, Boolean leftMenu, Boolean mobile,
        List<String> placements, Boolean installableWithoutAdmin, String appUrl, String installerUrl,
        String handlerUrl, Map<String, String> whatsNew) {

    /** Changes nothing. */
    public static final VersionPatch NONE = new VersionPatch(null, null, null, null, null, null, null, null, null, null);
}
