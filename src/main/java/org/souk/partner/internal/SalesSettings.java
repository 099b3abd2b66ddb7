package org.souk.partner.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.market.MarketplacePolicies;
import org.souk.market.Policy;
import org.souk.market.Region;
import org.souk.market.Regions;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.partner.SalesTerms;
import org.souk.web.ClientAddress;
import org.souk.web.Conflict;
import org.souk.web.Hashes;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales settings per publication region (P-08): the sales terms, and the agreement generated from the
 * current Marketplace Policy for the partner's legal entity. An acceptance holds while the policy
 * version, the terms and the legal entity stay the same; a change of any asks for acceptance again.
 */
@Service
public class SalesSettings {

    private final SalesTermsRepository terms;
    private final AcceptanceRepository acceptances;
    private final LegalEntities legalEntities;
    private final Regions regions;
    private final MarketplacePolicies policies;
    private final Partners partners;
    private final AuditLog audit;
    private final Messages messages;

    SalesSettings(SalesTermsRepository terms, AcceptanceRepository acceptances, LegalEntities legalEntities,
            Regions regions, MarketplacePolicies policies, Partners partners, AuditLog audit, Messages messages) {
        this.terms = terms;
        this.acceptances = acceptances;
        this.legalEntities = legalEntities;
        this.regions = regions;
        this.policies = policies;
        this.partners = partners;
        this.audit = audit;
        this.messages = messages;
    }

    /** One region of the sales settings page. */
    public record RegionSettings(Region region, SalesTerms salesTerms, boolean agreementAccepted,
            AcceptanceRecord.Acceptance lastAcceptance, int currentPolicyVersion) {
    }

    /** The agreement as the partner reads it before accepting. */
    public record Agreement(long id, int version, String title, String region, SalesTerms salesTerms,
            String legalEntity, String text, boolean accepted, AcceptanceRecord.Acceptance lastAcceptance) {
    }

    @Transactional(readOnly = true)
    public List<RegionSettings> overview(long partnerId) {
        Policy policy = policies.current();
        Optional<LegalEntity.Stored> entity = legalEntities.active(partnerId);
        Map<String, SalesTerms> chosen = terms.findByPartnerId(partnerId).stream()
                .collect(java.util.stream.Collectors.toMap(SalesTermsRecord::getRegionCode,
                        SalesTermsRecord::getTerms));
        return regions.all().stream().map(region -> {
            Optional<AcceptanceRecord> last = acceptances
                    .findFirstByPartnerIdAndRegionCodeOrderByIdDesc(partnerId, region.code());
            SalesTerms regionTerms = chosen.get(region.code());
            boolean inForce = regionTerms != null && entity.isPresent() && last
                    .filter(a -> a.covers(policy.id(), regionTerms, entity.get().id())).isPresent();
            return new RegionSettings(region, regionTerms, inForce,
                    last.map(AcceptanceRecord::toAcceptance).orElse(null), policy.version());
        }).toList();
    }

    /** Whether the partner may submit in the region (P-08): terms chosen and their agreement accepted. */
    @Transactional(readOnly = true)
    public boolean agreementInForce(long partnerId, String region) {
        return overview(partnerId).stream().anyMatch(s -> s.region().code().equals(region) && s.agreementAccepted());
    }

    @Transactional
    public RegionSettings chooseTerms(SoukUser owner, String regionCode, SalesTerms chosen) {
        PartnerView partner = partners.mineAsOwner(owner);
        Region region = regions.get(regionCode);
        if (chosen == null) {
            throw new InvalidInput(messages.violation("terms", "P-08", "error.salesTerms"));
        }
        SalesTermsRecord record = terms.findById(new SalesTermsRecord.Key(partner.id(), region.code()))
                .orElseGet(() -> new SalesTermsRecord(partner.id(), region.code()));
        record.choose(chosen, owner.email());
        terms.save(record);
        audit.record("partner.sales-terms-chosen", "partner", partner.id(), region.code() + ": " + chosen);
        return overview(partner.id()).stream().filter(s -> s.region().code().equals(region.code())).findFirst()
                .orElseThrow();
    }

    /**
     * The agreement of the current policy version for one region; it needs the terms and a legal entity.
     * Its date is the day it was accepted, and before that the words saying it is not accepted yet.
     */
    @Transactional(readOnly = true)
    public Agreement agreement(long partnerId, String regionCode) {
        Region region = regions.get(regionCode);
        SalesTerms chosen = chosenTerms(partnerId, region);
        LegalEntity.Stored entity = activeEntity(partnerId);
        Policy policy = policies.current();
        Optional<AcceptanceRecord> last = acceptances.findFirstByPartnerIdAndRegionCodeOrderByIdDesc(partnerId,
                region.code());
        boolean accepted = last.filter(a -> a.covers(policy.id(), chosen, entity.id())).isPresent();
        String date = accepted ? day(last.get().toAcceptance().acceptedAt()) : messages.get("agreement.datePending");
        return new Agreement(policy.id(), policy.version(), policy.title(), region.code(), chosen,
                entity.entity().name(), text(policy, partnerId, entity, region, chosen, date), accepted,
                last.map(AcceptanceRecord::toAcceptance).orElse(null));
    }

    private SalesTerms chosenTerms(long partnerId, Region region) {
        return terms.findById(new SalesTermsRecord.Key(partnerId, region.code())).map(SalesTermsRecord::getTerms)
                .orElseThrow(() -> new Conflict("P-08", messages.get("error.agreement.noTerms", region.name())));
    }

    private LegalEntity.Stored activeEntity(long partnerId) {
        return legalEntities.active(partnerId)
                .orElseThrow(() -> new Conflict("P-07", messages.get("error.agreement.noLegalEntity")));
    }

    private String text(Policy policy, long partnerId, LegalEntity.Stored entity, Region region, SalesTerms chosen,
            String date) {
        return policies.render(policy, Map.of(
                "partnerCode", partners.ofPartnerId(partnerId).code(),
                "legalEntity", entity.entity().name(),
                "registrationNumber", entity.entity().registrationNumber(),
                "country", entity.entity().country(),
                "region", region.name(),
                "salesTerms", messages.get("salesTerms." + chosen.name()),
                "date", date));
    }

    private static String day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    /** Accepts the agreement {@code policyId} for a region; only an approved partner signs (P-05, P-08). */
    @Transactional
    public Agreement accept(SoukUser owner, String regionCode, long policyId) {
        PartnerView partner = partners.mineAsOwner(owner);
        partners.requireApproved(partner);
        Agreement agreement = agreement(partner.id(), regionCode);
        if (agreement.id() != policyId) {
            throw new Conflict("P-08", messages.get("error.agreement.outdated", agreement.version()));
        }
        if (agreement.accepted()) {
            return agreement;
        }
        LegalEntity.Stored entity = activeEntity(partner.id());
        // the text as accepted: dated today, as it reads from now on
        String text = text(policies.current(), partner.id(), entity, regions.get(regionCode), agreement.salesTerms(),
                day(Instant.now()));
        acceptances.save(new AcceptanceRecord(partner.id(), agreement.region(), agreement.id(), agreement.version(),
                agreement.salesTerms(), entity.id(), Hashes.sha256(text), owner.email(), ClientAddress.current()));
        audit.record("partner.agreement-accepted", "partner", partner.id(), agreement.title() + " v"
                + agreement.version() + " for " + agreement.region() + " (" + agreement.salesTerms() + ")");
        return agreement(partner.id(), regionCode);
    }

    @Transactional(readOnly = true)
    public List<AcceptanceRecord.Acceptance> acceptances(long partnerId) {
        return acceptances.findByPartnerIdOrderByIdDesc(partnerId).stream().map(AcceptanceRecord::toAcceptance)
                .toList();
    }
}
