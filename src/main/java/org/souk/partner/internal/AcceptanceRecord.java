package org.souk.partner.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.partner.SalesTerms;

/** Who accepted which version of the agreement, for which region, terms and legal entity, when, from where. */
@Entity
@Table(name = "agreement_acceptance")
public class AcceptanceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnerId;
    private String regionCode;
    private Long policyId;
    private int policyVersion;
    @Enumerated(EnumType.STRING)
    private SalesTerms salesTerms;
    private Long legalEntityId;
    private String textSha256;
    private String acceptedBy;
    private Instant acceptedAt;
    private String address;

    protected AcceptanceRecord() {
    }

    public AcceptanceRecord(Long partnerId, String regionCode, Long policyId, int policyVersion, SalesTerms salesTerms,
            Long legalEntityId, String textSha256, String acceptedBy, String address) {
        this.partnerId = partnerId;
        this.regionCode = regionCode;
        this.policyId = policyId;
        this.policyVersion = policyVersion;
        this.salesTerms = salesTerms;
        this.legalEntityId = legalEntityId;
        this.textSha256 = textSha256;
        this.acceptedBy = acceptedBy;
        this.acceptedAt = Instant.now();
        this.address = address;
    }

    /** Still in force: the same policy version, sales terms and legal entity as now. */
    public boolean covers(long policyId, SalesTerms terms, Long legalEntityId) {
        return this.policyId == policyId && this.salesTerms == terms && this.legalEntityId.equals(legalEntityId);
    }

    public Acceptance toAcceptance() {
        return new Acceptance(regionCode, policyVersion, salesTerms, legalEntityId, textSha256, acceptedBy, acceptedAt,
                address);
    }

    public record Acceptance(String region, int policyVersion, SalesTerms salesTerms, long legalEntityId,
            String textSha256, String acceptedBy, Instant acceptedAt, String address) {
    }
}
