package org.souk.catalog.internal;

import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.partner.PartnerProfileChanged;
import org.souk.partner.Partners;
import org.souk.partner.PublicPartner;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner as the storefront shows it: the public profile of an approved partner (partner module) with its logo
 * (the one it uploaded, thumbnails for the 96 px slot of its page and the 40 px one of solution pages, else the
 * placeholder of its initials) and how many solutions it has in the catalog. A partner has a page when it is approved or
 * has published solutions.
 */
@Component
class CatalogPartners {

    private final Partners partners;
    private final CatalogSearch search;
    private final CatalogGeneration generation;

    CatalogPartners(Partners partners, CatalogSearch search, CatalogGeneration generation) {
        this.partners = partners;
        this.search = search;
        this.generation = generation;
    }

    /** Its methods are public: the partner page's template reads them. */
    record PartnerCard(String code, String name, String url, String logoUrl, String smallLogoUrl, String website,
            String description, String supportEmail, String supportUrl, long publishedSolutions, String solutionsUrl) {
    }

    Optional<PartnerCard> find(String code) {
        String normalized = code.toLowerCase(Locale.ROOT);
        CatalogResults listed = search.search(new CatalogQuery(null, null, null, null, null, null, null, false,
                normalized, CatalogSort.NEWEST, 0, 1), false);
        Optional<PublicPartner> profile = partners.publicProfile(normalized);
        if (profile.isEmpty() && listed.empty()) {
            return Optional.empty();
        }
        String name = profile.map(PublicPartner::name).orElseGet(() -> listed.items().get(0).partnerName());
        PublicPartner p = profile.orElse(new PublicPartner(normalized, name, null, null, null, null, null, null));
        String placeholder = PlaceholderIcons.url(normalized, name);
        return Optional.of(new PartnerCard(normalized, name, CatalogLinks.partner(normalized),
                p.logoUrl() != null ? p.logoUrl() : placeholder, p.smallLogoUrl() != null ? p.smallLogoUrl() : placeholder,
                p.website(), p.description(), p.supportEmail(), p.supportUrl(), listed.total(),
                "/api/v1/catalog/solutions?partner=" + normalized));
    }

    /** The partner page is kept by the page cache: a changed profile is a new catalog generation. */
    @TransactionalEventListener
    void profileChanged(PartnerProfileChanged event) {
        generation.bumpIndexed();
    }

    /** The public counterpart of the partner page. */
    @RestController
    @Tag(name = "Catalog")
    static class Api {

        private final CatalogPartners partners;
        private final Messages messages;

        Api(CatalogPartners partners, Messages messages) {
            this.partners = partners;
            this.messages = messages;
        }

        @GetMapping("/api/v1/partners/{code}")
        @Operation(summary = "A partner's public page (public)", description = "Name, website, description, support "
                + "contacts, a logo (logoUrl, smallLogoUrl: its own, else a placeholder of its initials) and how many "
                + "solutions it has in the catalog; its solutions are at solutionsUrl. "
                + "404 for a partner that is not approved and has nothing published.")
        ResponseEntity<PartnerCard> partner(@PathVariable String code) {
            return CatalogHttp.revalidated(partners.find(code)
                    .orElseThrow(() -> new NotFound(messages.get("catalog.error.partner", code))));
        }
    }
}
