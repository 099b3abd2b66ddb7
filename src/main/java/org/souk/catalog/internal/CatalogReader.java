package org.souk.catalog.internal;

import java.time.Instant;
import java.util.List;
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
        return entries.findById(code).map(entry -> {
            CatalogSnapshot snapshot = entry.snapshot();
            String language = snapshot.language(wanted);
            List<VersionNews> versions = notes.findByCodeOrderByVersionNumberDesc(code).stream()
                    .filter(note -> note.getVersionNumber() <= snapshot.versionNumber())
                    .map(note -> {
                        var texts = note.whatsNew();
                        String shown = texts.isEmpty() ? null
                                : texts.get(CatalogLanguages.pick(texts.keySet(), language, snapshot.homeLanguage()));
                        return new VersionNews(note.getVersionNumber(), note.getPublishedAt(), shown);
                    }).toList();
            // a card without any text (only possible for a revision published without the checks) shows its code
            CardText text = snapshot.texts().getOrDefault(language,
                    new CardText(snapshot.code(), null, null, null, null, null));
            return new SolutionDetails(snapshot, language, text,
                    taxonomy.categories(snapshot.categories()), taxonomy.tags(snapshot.tags()), versions,
                    entry.getInstalls(), entry.getUpdatedAt(), reviews.rating(code));
        });
    }

    /** Whether the blob is the icon or a screenshot of a listed solution: the only blobs the catalog serves. */
    @Transactional(readOnly = true)
    boolean showsMedia(String code, String key) {
        return entries.findById(code).map(entry -> entry.snapshot().mediaKeys().contains(key)).orElse(false);
    }
}
