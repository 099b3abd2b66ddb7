package org.souk.programs.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.souk.solution.Revisions;
import org.souk.solution.TechnologyType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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
    @Transactional(readOnly = true)
    public Set<String> listed(long partnerId) {
        return byPartner().getOrDefault(partnerId, Set.of());
    }

    /** Every partner's listed solutions at once, for the daily job. */
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> byPartner() {
        Map<Long, Set<String>> all = new HashMap<>();
        List<String> codes = revisions.listedCodes();
        codes.forEach(code -> all.computeIfAbsent(revisions.owner(code).partnerId(), id -> new TreeSet<>()).add(code));
        return all;
    }

    /** The partner's listed CRM presets (technology type "solution preset"). */
    @Transactional(readOnly = true)
    public Set<String> listedPresets(long partnerId) {
        Set<String> presets = new TreeSet<>();
        listed(partnerId).forEach(code -> revisions.listing(code)
                .filter(listing -> listing.technologyType() == TechnologyType.SOLUTION_PRESET)
                .ifPresent(listing -> presets.add(code)));
        return presets;
    }
}
