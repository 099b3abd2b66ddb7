package org.souk.market;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.souk.audit.AuditLog;
import org.souk.market.internal.LanguageRepository;
import org.souk.market.internal.RegionEntity;
import org.souk.market.internal.RegionRepository;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.Violation;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The publication regions and the market's languages; administrators add regions. */
@Service
public class Regions {

    /** The pricing policies of a card (C-23) that a region may offer (S-05), by name. */
    public static final List<String> PRICING_POLICIES = List.of("FREE", "EXTERNAL_SERVICE_PAID",
            "ADDITIONAL_PAID_FUNCTIONALITY");

    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9_]{1,31}$");

    private final RegionRepository regions;
    private final LanguageRepository languages;
    private final AuditLog audit;
    private final Messages messages;

    Regions(RegionRepository regions, LanguageRepository languages, AuditLog audit, Messages messages) {
        this.regions = regions;
        this.languages = languages;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<Region> all() {
        return regions.findAll(Sort.by("createdAt", "code")).stream().map(RegionEntity::toRegion).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : regions.findById(code).map(RegionEntity::toRegion);
    }

    /** The region's name as people read it ("Global", not "global"); the code of a region that is gone. */
    public String name(String code) {
        return find(code).map(Region::name).orElse(code);
    }

    public Region get(String code) {
        return find(code).orElseThrow(() -> new NotFound(messages.get("error.region.unknown", code)));
    }

    @Transactional(readOnly = true)
    public List<Language> languages() {
        return languages.findAll(Sort.by("code")).stream().map(l -> new Language(l.getCode(), l.getName())).toList();
    }

    /** S-05: the pricing policies the region offers (at least one); solutions are added only where theirs exists. */
    @Transactional
    public Region offerPricing(String code, List<String> policies) {
        RegionEntity region = regions.findById(code == null ? "" : code)
                .orElseThrow(() -> new NotFound(messages.get("error.region.unknown", code)));
        List<String> chosen = PRICING_POLICIES.stream().filter(p -> policies != null && policies.stream()
                .anyMatch(p::equalsIgnoreCase)).toList();
        if (chosen.isEmpty() || policies.stream().anyMatch(p -> PRICING_POLICIES.stream().noneMatch(p::equalsIgnoreCase))) {
            throw new InvalidInput(messages.violation("pricingPolicies", "S-05", "error.region.pricing"));
        }
        region.offerPricing(chosen);
        audit.record("region.pricing", "region", code, String.join(",", chosen));
        return region.toRegion();
    }

    @Transactional
    public Region add(String code, String name, String mandatoryLanguage) {
        String normalized = code == null ? "" : code.trim().toLowerCase(java.util.Locale.ROOT);
        List<Violation> violations = new ArrayList<>();
        if (!CODE.matcher(normalized).matches()) {
            violations.add(messages.violation("code", null, "error.region.code"));
        } else if (regions.existsById(normalized)) {
            violations.add(messages.violation("code", null, "error.region.taken"));
        }
        if (name == null || name.isBlank() || name.trim().length() > 100) {
            violations.add(messages.violation("name", null, "error.length.between", 1, 100));
        }
        if (mandatoryLanguage == null || !languages.existsById(mandatoryLanguage)) {
            violations.add(messages.violation("mandatoryLanguage", "C-11", "error.region.language"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        RegionEntity region = regions.save(new RegionEntity(normalized, name.trim(), mandatoryLanguage));
        audit.record("region.added", "region", normalized, name.trim() + ", mandatory language " + mandatoryLanguage);
        return region.toRegion();
    }
}
