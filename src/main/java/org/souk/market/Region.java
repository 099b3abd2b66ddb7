package org.souk.market;

import java.util.List;

/**
 * A publication region: its own catalog, its own moderators' queue, a mandatory card language (C-11), and the
 * pricing policies offered there (S-05; the card's pricing policies of C-23, in lower case as the API writes enums).
 */
public record Region(String code, String name, String mandatoryLanguage, List<String> pricingPolicies) {

    public boolean offers(String pricingPolicy) {
        return pricingPolicies.stream().anyMatch(p -> p.equalsIgnoreCase(pricingPolicy));
    }
}
