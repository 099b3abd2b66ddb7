package org.souk.partner.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.souk.identity.ProfileContributor;
import org.souk.identity.SoukUser;
import org.souk.partner.Partners;
import org.springframework.stereotype.Component;

/** Adds the user's partner to {@code GET /api/v1/me}. */
@Component
class PartnerProfileContributor implements ProfileContributor {

    private final Partners partners;

    PartnerProfileContributor(Partners partners) {
        this.partners = partners;
    }

    @Override
    public Map<String, Object> describe(SoukUser user) {
        Map<String, Object> partner = new LinkedHashMap<>();
        partners.ofUser(user.id()).ifPresent(p -> {
            partner.put("code", p.code());
            partner.put("companyName", p.companyName());
            partner.put("status", p.status());
            partner.put("role", partners.roleOf(user.id()).orElseThrow());
        });
        return partner.isEmpty() ? Map.of() : Map.of("partner", partner);
    }
}
