package org.souk.catalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.souk.market.Category;
import org.souk.market.Tag;
import org.souk.review.RatingSummary;
import org.souk.solution.CardText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A listed solution as its page and the API show it, in one language; empty when it is not listed. */
@Component
class CatalogReader {

    private final CatalogEntryRepository entries;
    private final VersionNoteRepository notes;
    private final TaxonomyView taxonomy;

    CatalogReader(CatalogEntryRepository entries, VersionNoteRepository notes, TaxonomyView taxonomy) {
        this.entries = entries;
        this.notes = notes;
        this.taxonomy = taxonomy;
    }

    /** "What's new" of one published version, in the language shown (blank when it said nothing). */
    record VersionNews(int number, Instant publishedAt, String whatsNew) {
    }

    /**
     * {@code ratingCount} and {@code ratingAverage}: of the listed solution's visible reviews, as its entry carries
     * them (kept in the transaction that changed a review, Ratings), 0 for a draft never listed.
     */
    record SolutionDetails(CatalogSnapshot snapshot, String language, CardText text, List<Category> categories,
            List<Tag> tags, List<VersionNews> versions, long installs, Instant updatedAt, long ratingCount,
            double ratingAverage) {
    }

    @Transactional(readOnly = true)
    Optional<SolutionDetails> solution(String code, String wanted) {
        return entries.findById(code).map(entry -> details(entry.snapshot(), wanted, null, null, entry, entry.getUpdatedAt()));
    }

    /**
     * A draft as its page would show it once published (the partner's preview): the published versions' news
     * and the draft version's on top.
     */
    @Transactional(readOnly = true)
    SolutionDetails preview(CatalogSnapshot draft, Map<String, String> whatsNew, Instant now) {
        return details(draft, CatalogLanguages.current(), whatsNew == null ? Map.of() : whatsNew, now,
                entries.findById(draft.code()).orElse(null), now);
    }

    private SolutionDetails details(CatalogSnapshot snapshot, String wanted, Map<String, String> draftNews,
            Instant draftTime, CatalogEntry listed, Instant updatedAt) {
        String language = snapshot.language(wanted);
        List<VersionNews> versions = new ArrayList<>();
        if (draftNews != null) {
            versions.add(news(snapshot.versionNumber(), draftTime, draftNews, language, snapshot));
        }
        notes.findByCodeOrderByVersionNumberDesc(snapshot.code()).stream()
                .filter(note -> draftNews == null ? note.getVersionNumber() <= snapshot.versionNumber()
                        : note.getVersionNumber() < snapshot.versionNumber())
                .map(note -> news(note.getVersionNumber(), note.getPublishedAt(), note.whatsNew(), language, snapshot))
                .forEach(versions::add);
        // a card without any text (only possible for a revision published without the checks) shows its code
        CardText text = snapshot.texts().getOrDefault(language,
                new CardText(snapshot.code(), null, null, null, null, null));
        return new SolutionDetails(snapshot, language, text, taxonomy.categories(snapshot.categories()),
                taxonomy.tags(snapshot.tags()), List.copyOf(versions), listed == null ? 0 : listed.getInstalls(), updatedAt,
                listed == null ? 0 : listed.getRatingCount(),
                listed == null ? 0 : RatingSummary.average(listed.getRatingCount(), listed.getRatingSum()));
    }

    private static VersionNews news(int number, Instant publishedAt, Map<String, String> texts, String language,
            CatalogSnapshot snapshot) {
        String shown = texts.isEmpty() ? null
                : texts.get(CatalogLanguages.pick(texts.keySet(), language, snapshot.homeLanguage()));
        return new VersionNews(number, publishedAt, shown);
    }

    /** Whether the blob is the icon or a screenshot of a listed solution: the only blobs the catalog serves. */
    @Transactional(readOnly = true)
    boolean showsMedia(String code, String key) {
        return entries.findById(code).map(entry -> entry.snapshot().mediaKeys().contains(key)).orElse(false);
    }
}
