package org.souk.catalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.souk.market.Category;
import org.souk.market.Regions;
import org.souk.market.Tag;
import org.souk.market.Taxonomy;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.solution.Card;
import org.souk.solution.CardText;
import org.souk.solution.Draft;
import org.souk.solution.Listing;
import org.souk.solution.PublicationChanged;
import org.souk.solution.Revisions;
import org.souk.solution.TechnologyType;
import org.souk.solution.VersionCard;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the catalog's read model in step with publication (U-01 … U-05). A plain, synchronous listener:
 * it runs inside the transaction that published, hid, removed or reinstated the solution, so the snapshot
 * commits (or rolls back) with that change, and Hibernate Search updates the index as that transaction
 * commits: a solution appears, changes and disappears the moment the change is committed (U-03), never
 * before and never for a change that was rolled back. It re-reads {@link Revisions#listing} rather than
 * trusting the event, so a repeated event does no harm.
 */
@Component
class Publication {

    /** The category gate of telephony: U-04's "Recommended" label is a telephony label. */
    private static final String TELEPHONY_GATE = "C-04";

    private final Revisions revisions;
    private final Partners partners;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final CatalogEntryRepository entries;
    private final VersionNoteRepository notes;
    private final InstallCounts installs;
    private final CatalogGeneration generation;
    private final Ratings ratings;
    private final Popularity popularity;

    Publication(Revisions revisions, Partners partners, Taxonomy taxonomy, Regions regions,
            CatalogEntryRepository entries, VersionNoteRepository notes, InstallCounts installs, CatalogGeneration generation,
            Ratings ratings, Popularity popularity) {
        this.ratings = ratings;
        this.popularity = popularity;
        this.revisions = revisions;
        this.partners = partners;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.entries = entries;
        this.notes = notes;
        this.installs = installs;
        this.generation = generation;
    }

    @EventListener
    @Transactional
    void on(PublicationChanged event) {
        refresh(event.code());
    }

    /** Lists the solution as it is published now, or takes it out of the catalog when it is not listed. */
    @Transactional
    void refresh(String code) {
        revisions.listing(code).ifPresentOrElse(this::show, () -> entries.findById(code).ifPresent(entry -> {
            entries.delete(entry);
            generation.bump();
        }));
    }

    private void show(Listing listing) {
        generation.bump();
        CatalogSnapshot snapshot = snapshot(listing);
        CatalogEntry entry = entries.findById(listing.code()).orElseGet(() -> new CatalogEntry(listing.code()));
        entry.show(listing.partnerId(), snapshot, installs.of(listing.code()));
        ratings.apply(entry);
        popularity.apply(entry);
        entries.save(entry);
        VersionCard version = listing.revision().draft().version();
        if (!notes.existsById(new VersionNote.Key(listing.code(), version.number()))) {
            notes.save(new VersionNote(listing.code(), version.number(), listing.publishedAt(),
                    version.whatsNew() == null ? Map.of() : version.whatsNew()));
        }
    }

    /** Copies field by field what customers may see; the card's test data has no place here (C-24). */
    private CatalogSnapshot snapshot(Listing listing) {
        return snapshot(listing.code(), partners.ofPartnerId(listing.partnerId()), listing.technologyType(),
                listing.revision().draft(), listing.recommended(), listing.firstPublishedAt(), listing.publishedAt());
    }

    /** The same for a draft that is not published (the partner's preview, CatalogPreview): nothing is stored. */
    CatalogSnapshot snapshot(String code, PartnerView partner, TechnologyType technologyType, Draft draft,
            boolean recommended, Instant firstPublishedAt, Instant publishedAt) {
        Card card = draft.card();
        List<Category> categories = taxonomy.findCategories(card.categories());
        List<Tag> tags = taxonomy.findTags(card.tags());
        Set<String> groups = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Category category : categories) {
            groups.add(category.group());
            names.addAll(category.names().values());
            names.addAll(category.groupNames().values());
        }
        tags.forEach(tag -> names.addAll(tag.names().values()));
        String homeLanguage = draft.regions().isEmpty() ? "en"
                : regions.find(draft.regions().get(0)).map(r -> r.mandatoryLanguage()).orElse("en");
        boolean telephony = categories.stream().anyMatch(c -> TELEPHONY_GATE.equals(c.gate()));
        Map<String, CardText> texts = new TreeMap<>();
        card.texts().forEach((language, text) -> {
            if (text != null && text.title() != null && !text.title().isBlank()) {
                texts.put(language, text);
            }
        });
        VersionCard version = draft.version();
        return new CatalogSnapshot(code, partner.code(), partner.companyName(), technologyType,
                List.copyOf(draft.regions()), homeLanguage, categories.stream().map(Category::code).toList(),
                new ArrayList<>(groups), tags.stream().map(Tag::code).toList(), new ArrayList<>(names), texts,
                card.iconKey(), card.iconThumbKey(), List.copyOf(card.screenshots()), card.licenseUrl(),
                card.privacyUrl(), card.contactUrl(), card.demoUrl(), card.pricingPolicy(), version.number(),
                version.scopes() == null ? List.of() : List.copyOf(version.scopes()),
                recommended && telephony, firstPublishedAt, publishedAt);
    }
}
