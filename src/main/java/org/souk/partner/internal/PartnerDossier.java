package org.souk.partner.internal;

import java.util.List;

import org.souk.audit.AuditEntry;
import org.souk.audit.AuditLog;
import org.souk.partner.PartnerReview;
import org.souk.partner.PartnerView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a manager sees of one partner: every field, its users, legal entities, sales settings, history. */
@Service
class PartnerDossier {

    private final PartnerReview review;
    private final PartnerTeam team;
    private final LegalEntities legalEntities;
    private final SalesSettings sales;
    private final AuditLog audit;

    PartnerDossier(PartnerReview review, PartnerTeam team, LegalEntities legalEntities, SalesSettings sales,
            AuditLog audit) {
        this.review = review;
        this.team = team;
        this.legalEntities = legalEntities;
        this.sales = sales;
        this.audit = audit;
    }

    record Dossier(PartnerView partner, List<PartnerTeam.Member> users, List<LegalEntity.Stored> legalEntities,
            List<SalesSettings.RegionSettings> regions, List<AcceptanceRecord.Acceptance> acceptances,
            List<AuditEntry> history) {
    }

    @Transactional(readOnly = true)
    Dossier of(String code) {
        PartnerView partner = review.get(code);
        return new Dossier(partner, team.members(partner.id()), legalEntities.history(partner.id()),
                sales.overview(partner.id()), sales.acceptances(partner.id()),
                audit.history("partner", partner.id(), 100));
    }
}
