package org.souk.market.internal;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.market.Region;
import org.souk.market.Regions;

@Entity
@Table(name = "region")
public class RegionEntity {

    @Id
    private String code;
    private String name;
    private String mandatoryLanguage;
    private Instant createdAt;
    /** S-05: comma-separated pricing policy names. */
    private String pricingPolicies = String.join(",", Regions.PRICING_POLICIES);

    protected RegionEntity() {
    }

    public RegionEntity(String code, String name, String mandatoryLanguage) {
        this.code = code;
        this.name = name;
        this.mandatoryLanguage = mandatoryLanguage;
        this.createdAt = Instant.now();
    }

    public Region toRegion() {
        return new Region(code, name, mandatoryLanguage, pricingPolicies == null || pricingPolicies.isBlank()
                ? List.of() : List.of(pricingPolicies.toLowerCase(java.util.Locale.ROOT).split(",")));
    }

    public void offerPricing(List<String> policies) {
        this.pricingPolicies = String.join(",", policies);
    }
}
