package org.souk.solution;

import java.util.List;

/**
 * What a partner prepares and a revision freezes: the card and the latest version, with the
 * solution's regions and technology type. Also the snapshot kept for every change of the draft.
 */
public record Draft(String code, TechnologyType technologyType, List<String> regions, Card card,
        VersionCard version) {
}
