package org.souk.partner;

import org.souk.identity.SoukUser;
import org.souk.partner.internal.LegalEntities;
import org.souk.partner.internal.LegalEntity;
import org.souk.partner.internal.SalesSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of the sales settings: whether a partner may submit in a region (P-08). */
@Service
public class PartnerAgreements {

    private final SalesSettings settings;
    private final LegalEntities legalEntities;
    private final Partners partners;

    PartnerAgreements(SalesSettings settings, LegalEntities legalEntities, Partners partners) {
        this.settings = settings;
        this.legalEntities = legalEntities;
        this.partners = partners;
    }

    /** The sales terms of the region are chosen and the agreement of the current policy is accepted. */
    public boolean inForce(long partnerId, String region) {
        return settings.agreementInForce(partnerId, region);
    }

    /** The owner's legal entity as the sales page takes it (P-07). */
    public record Company(String name, String country, String registrationNumber, String taxId, String address) {
    }

    /**
     * What the owner does on the sales page, in one step: the legal entity, the sales terms of the region
     * and the acceptance of its agreement (the demo partner arrives ready to submit).
     */
    @Transactional
    public void sign(SoukUser owner, Company company, String region, SalesTerms terms) {
        legalEntities.replace(owner, new LegalEntity(company.name(), company.country(), company.registrationNumber(),
                company.taxId(), company.address()));
        settings.chooseTerms(owner, region, terms);
        settings.accept(owner, region, settings.agreement(partners.mineAsOwner(owner).id(), region).id());
    }
}
