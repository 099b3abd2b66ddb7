package org.souk.partner.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One active legal entity per partner (P-07); a replaced one stays in the history. */
@Service
public class LegalEntities {

    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final LegalEntityRepository entities;
    private final Partners partners;
    private final AuditLog audit;
    private final Messages messages;

    LegalEntities(LegalEntityRepository entities, Partners partners, AuditLog audit, Messages messages) {
        this.entities = entities;
        this.partners = partners;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Optional<LegalEntity.Stored> active(long partnerId) {
        return entities.findByPartnerIdAndActiveTrue(partnerId).map(LegalEntityRecord::toStored);
    }

    @Transactional(readOnly = true)
    public List<LegalEntity.Stored> history(long partnerId) {
        return entities.findByPartnerIdOrderByIdDesc(partnerId).stream().map(LegalEntityRecord::toStored).toList();
    }

    @Transactional
    public LegalEntity.Stored replace(SoukUser owner, LegalEntity input) {
        PartnerView partner = partners.mineAsOwner(owner);
        LegalEntity entity = new LegalEntity(trim(input.name()),
                input.country() == null ? null : input.country().trim().toUpperCase(Locale.ROOT),
                trim(input.registrationNumber()), trim(input.taxId()), trim(input.address()));
        List<Violation> violations = new ArrayList<>();
        required(violations, "name", entity.name(), 200);
        if (entity.country() == null || !COUNTRIES.contains(entity.country())) {
            violations.add(messages.violation("country", "P-07", "error.country"));
        }
        required(violations, "registrationNumber", entity.registrationNumber(), 64);
        required(violations, "taxId", entity.taxId(), 64);
        required(violations, "address", entity.address(), 500);
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        entities.findByPartnerIdAndActiveTrue(partner.id()).ifPresent(LegalEntityRecord::replace);
        entities.flush(); // the old one is inactive before the new one is written
        LegalEntityRecord record = entities.save(new LegalEntityRecord(partner.id(), entity, owner.email()));
        audit.record("partner.legal-entity-set", "partner", partner.id(), entity.name() + " (" + entity.country()
                + ", " + entity.registrationNumber() + ")");
        return record.toStored();
    }

    private void required(List<Violation> violations, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            violations.add(messages.violation(field, "P-07", "error.required"));
        } else if (value.length() > max) {
            violations.add(messages.violation(field, "P-07", "error.length.max", max));
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
