package org.souk.catalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.souk.market.Category;
import org.souk.market.Tag;
import org.souk.review.RatingSummary;
import org.souk.review.Reviews;
import org.souk.solution.CardText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A listed solution as its page and the API show it, in one language; empty when it is not listed. */
@Component
class CatalogReader {

    private final CatalogEntryRepository entries;
    private final VersionNoteRepository notes;
    private final TaxonomyView taxonomy;
    private final Reviews reviews;

    CatalogReader(CatalogEntryRepository entries, VersionNoteRepository notes, TaxonomyView taxonomy, Reviews reviews) {
        this.reviews = reviews;
        this.entries = entries;
        this.notes = notes;
        this.taxonomy = taxonomy;
    }

    /** "What's new" of one published version, in the language shown (blank when it said nothing). */
    record VersionNews(int number, Instant publishedAt, String whatsNew) {
    }

    record SolutionDetails(CatalogSnapshot snapshot, String language, CardText text, List<Category> categories,
            List<Tag> tags, List<VersionNews> versions, long installs, Instant updatedAt, RatingSummary rating) {
    }

    @Transactional(readOnly = true)
    Optional<SolutionDetails> solution(String code, String wanted) {
        return entries.findById(code).map(entry -> details(entry.snapshot(), wanted, null, null, entry.getInstalls(),
                entry.getUpdatedAt()));
    }

    /**
     * A draft as its page would show it once published (the partner's preview): the published versions' news
     * and the draft version's on top.
     */
    @Transactional(readOnly = true)
    SolutionDetails preview(CatalogSnapshot draft, Map<String, String> whatsNew, Instant now) {
        return details(draft, CatalogLanguages.current(), whatsNew == null ? Map.of() : whatsNew, now,
                entries.findById(draft.code()).map(CatalogEntry::getInstalls).orElse(0L), now);
    }

    private SolutionDetails details(CatalogSnapshot snapshot, String wanted, Map<String, String> draftNews,
            Instant draftTime, long installs, Instant updatedAt) {
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
                taxonomy.tags(snapshot.tags()), List.copyOf(versions), installs, updatedAt,
                reviews.rating(snapshot.code()));
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
