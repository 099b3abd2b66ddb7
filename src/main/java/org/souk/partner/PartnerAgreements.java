package org.souk.partner;

import org.souk.partner.internal.SalesSettings;
import org.springframework.stereotype.Service;

/** What other modules may ask of the sales settings: whether a partner may submit in a region (P-08). */
@Service
public class PartnerAgreements {

    private final SalesSettings settings;

    PartnerAgreements(SalesSettings settings) {
        this.settings = settings;
    }

    /** The sales terms of the region are chosen and the agreement of the current policy is accepted. */
    public boolean inForce(long partnerId, String region) {
        return settings.agreementInForce(partnerId, region);
    }
}
