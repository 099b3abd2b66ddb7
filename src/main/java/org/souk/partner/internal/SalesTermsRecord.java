package org.souk.partner.internal;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.souk.partner.SalesTerms;

@Entity
@Table(name = "partner_sales_terms")
@IdClass(SalesTermsRecord.Key.class)
public class SalesTermsRecord {

    public record Key(Long partnerId, String regionCode) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long partnerId;
    @Id
    private String regionCode;
    @Enumerated(EnumType.STRING)
    private SalesTerms terms;
    private Instant chosenAt;
    private String chosenBy;

    protected SalesTermsRecord() {
    }

    public SalesTermsRecord(Long partnerId, String regionCode) {
        this.partnerId = partnerId;
        this.regionCode = regionCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public SalesTerms getTerms() {
        return terms;
    }

    public void choose(SalesTerms terms, String by) {
        this.terms = terms;
        this.chosenAt = Instant.now();
        this.chosenBy = by;
    }
}
