package org.souk.market.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.market.Language;
import org.souk.market.MarketplacePolicies;
import org.souk.market.Policy;
import org.souk.market.Region;
import org.souk.market.Regions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Market", description = "Regions, languages and the Marketplace Policy")
class MarketApi {

    private final Regions regions;
    private final MarketplacePolicies policies;

    MarketApi(Regions regions, MarketplacePolicies policies) {
        this.regions = regions;
        this.policies = policies;
    }

    @GetMapping("/api/v1/catalog/regions")
    @Operation(summary = "The publication regions with their mandatory card language (public)")
    List<Region> regions() {
        return regions.all();
    }

    @GetMapping("/api/v1/catalog/languages")
    @Operation(summary = "The languages a card may be written in (public)")
    List<Language> languages() {
        return regions.languages();
    }

    record NewRegion(String code, String name, String mandatoryLanguage) {
    }

    @PostMapping("/api/v1/admin/regions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a publication region (administrators)")
    Region addRegion(@RequestBody NewRegion region) {
        return regions.add(region.code(), region.name(), region.mandatoryLanguage());
    }

    record PricingPolicies(List<String> pricingPolicies) {
    }

    @PutMapping("/api/v1/admin/regions/{code}/pricing-policies")
    @Operation(summary = "The pricing policies a region offers (administrators, S-05)", description = "`{pricingPolicies: "
            + "[\"free\", \"external_service_paid\", \"additional_paid_functionality\"]}`, at least one; a solution "
            + "is added to a region only where its pricing policy exists.")
    Region offerPricing(@PathVariable String code, @RequestBody PricingPolicies policies) {
        return regions.offerPricing(code, policies.pricingPolicies());
    }

    @GetMapping("/api/v1/admin/policy")
    @Operation(summary = "Every version of the Marketplace Policy, newest first (administrators)")
    List<Policy> policyVersions() {
        return policies.versions();
    }

    record NewPolicy(String title, String body) {
    }

    @PostMapping("/api/v1/admin/policy")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish a new version of the Marketplace Policy",
            description = "Partners must accept it again for each region before their next submission (P-08). "
                    + "Placeholders: {version} {partnerCode} {legalEntity} {registrationNumber} {country} {region} "
                    + "{salesTerms} {date}.")
    Policy publish(@RequestBody NewPolicy policy) {
        return policies.publish(policy.title(), policy.body());
    }
}
