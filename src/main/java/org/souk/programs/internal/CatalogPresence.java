package org.souk.programs.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.souk.solution.Revisions;
import org.souk.solution.TechnologyType;
import org.springframework.stereotype.Component;

/**
 * Which solutions of a partner are in the catalog now: what every term of G-01 and G-02 rests on. Read from
 * the solution module each time (never copied), so a grant never outlives the listing it was given for.
 */
@Component
public class CatalogPresence {

    private final Revisions revisions;

    CatalogPresence(Revisions revisions) {
        this.revisions = revisions;
    }

    /** The codes of the partner's listed solutions, sorted. */
    public Set<String> listed(long partnerId) {
        return revisions.listedOf(partnerId).keySet();
    }

    /** Every partner's listed solutions at once, for the daily job. */
    public Map<Long, Set<String>> byPartner() {
        return revisions.listedByPartner();
    }

    /** The partner's listed CRM presets (technology type "solution preset"). */
    public Set<String> listedPresets(long partnerId) {
        Set<String> presets = new TreeSet<>();
        revisions.listedOf(partnerId).forEach((code, type) -> {
            if (type == TechnologyType.SOLUTION_PRESET) {
                presets.add(code);
            }
        });
        return presets;
    }
}
