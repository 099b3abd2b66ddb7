package org.souk.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.souk.audit.AuditLog;
import org.souk.checks.TextScreening;
import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.install.Installations;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.review.internal.ReviewEntity;
import org.souk.review.internal.ReviewReportEntity;
import org.souk.review.internal.ReviewReportRepository;
import org.souk.review.internal.ReviewRepository;
import org.souk.review.internal.ReviewSlices;
import org.souk.review.internal.ReviewTally;
import org.souk.solution.Listing;
import org.souk.solution.Revisions;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotAllowed;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.souk.web.PlainText;
import org.souk.web.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings and reviews (issue 15), the same rules for the pages and the API. Only a user of a customer account on
 * which the solution is or was installed rates it (test accounts do not count); one review per user and
 * solution, which its author edits. Texts are plain text, bounded and checked as chat messages are (stripped,
 * {@link PlainText}); words of the market's offensive list put a review before the moderators at once. The
 * partner whose solution it is replies once and may edit the reply; anyone signed in reports a review;
 * moderators hide or restore it with a reason, and the author is told. Every change publishes {@link
 * ReviewsChanged} inside its transaction (the catalog's ratings and page cache).
 */
@Service
public class Reviews {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_REASON = 1000;
    public static final int MAX_PAGE_SIZE = 100;

    private final ReviewRepository reviews;
    private final ReviewReportRepository reports;
    private final ReviewTally tally;
    private final ReviewSlices slices;
    private final Revisions revisions;
    private final Installations installations;
    private final Partners partners;
    private final TextScreening screening;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Messages messages;

    Reviews(ReviewRepository reviews, ReviewReportRepository reports, ReviewTally tally, ReviewSlices slices,
            Revisions revisions, Installations installations, Partners partners, TextScreening screening,
            ApplicationEventPublisher events, AuditLog audit, Messages messages) {
        this.reviews = reviews;
        this.reports = reports;
        this.tally = tally;
        this.slices = slices;
        this.revisions = revisions;
        this.installations = installations;
        this.partners = partners;
        this.screening = screening;
        this.events = events;
        this.audit = audit;
        this.messages = messages;
    }

    /** Whether the user may rate the solution, and the accounts on which it is or was installed. */
    public record Eligibility(boolean allowed, List<String> accounts) {
    }

    @Transactional(readOnly = true)
    public Eligibility eligibility(SoukUser user, String code) {
        listing(code);
        List<String> accounts = user == null ? List.of() : installations.everInstalledOn(user, code);
        return new Eligibility(!accounts.isEmpty(), accounts);
    }

    @Transactional(readOnly = true)
    public Optional<Review> mine(SoukUser user, String code) {
        return reviews.findBySolutionCodeAndAuthorId(code, user.id()).map(Reviews::view);
    }

    /** Writes the user's review of the solution or changes it (one per user and solution). */
    @Transactional
    public Review write(SoukUser user, String code, Integer rating, String text) {
        Listing listing = listing(code);
        List<Violation> violations = new ArrayList<>();
        if (rating == null || rating < 1 || rating > 5) {
            violations.add(messages.violation("rating", null, "review.error.rating"));
        }
        String body = text == null ? null : PlainText.clean(text).strip();
        if (body != null && body.length() > MAX_TEXT) {
            violations.add(messages.violation("text", null, "review.error.text", MAX_TEXT));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        if (installations.everInstalledOn(user, code).isEmpty()) {
            throw new NotAllowed(null, messages.get("review.error.notInstalled"));
        }
        if (body != null && body.isEmpty()) {
            body = null;
        }
        ReviewEntity review = reviews.findBySolutionCodeAndAuthorId(code, user.id()).orElseGet(() -> new ReviewEntity(
                code, listing.partnerId(), user.id(), publicName(user), user.email()));
        Integer previous = review.getId() == null ? null : review.getRating();
        ReviewTally.Key before = review.getId() == null ? null : shown(review);
        List<String> offensive = screening.offensiveWords(body);
        String language = body == null ? null
                : screening.language(body, LocaleContextHolder.getLocale().getLanguage()).orElse(null);
        review.write(rating, body, language, offensive.isEmpty() ? null : String.join(", ", offensive));
        review = reviews.saveAndFlush(review);
        tally.moved(code, before, shown(review));
        audit.record(previous == null ? "review.written" : "review.changed", "solution", code,
                "review " + review.getId() + ", " + rating + " stars" + (offensive.isEmpty() ? "" : ", flagged"));
        events.publishEvent(new RatingGiven(code, rating, previous, review.getUpdatedAt()));
        events.publishEvent(new ReviewsChanged(code));
        return view(review);
    }

    /** The partner's one reply to a review of its solution, written or changed; the author hears of the first. */
    @Transactional
    public Review reply(SoukUser user, long id, String text) {
        ReviewEntity review = visible(id, user);
        PartnerView partner = partners.ofUser(user.id()).filter(p -> p.id() == review.getPartnerId())
                .orElseThrow(() -> new NotAllowed(null, messages.get("review.error.notYours")));
        String body = text == null ? "" : PlainText.clean(text).strip();
        if (body.isEmpty() || body.length() > MAX_TEXT) {
            throw new InvalidInput(messages.violation("text", null, "review.error.reply", MAX_TEXT));
        }
        boolean first = review.reply(body, partner.companyName());
        reviews.saveAndFlush(review);
        audit.record(first ? "review.replied" : "review.reply-changed", "solution", review.getSolutionCode(),
                "review " + id);
        if (first) {
            events.publishEvent(new ReviewReplied(id, review.getSolutionCode(), partner.companyName(),
                    body.length() > 500 ? body.substring(0, 500) + "…" : body, review.getAuthorId(),
                    review.getAuthorEmail(), link(review)));
        }
        events.publishEvent(new ReviewsChanged(review.getSolutionCode()));
        return view(review);
    }

    /** A signed-in user reports a review: it goes before the moderators. Once per user and review. */
    @Transactional
    public void report(SoukUser user, long id, ReportReason reason) {
        ReviewEntity review = visible(id, user);
        if (reason == null) {
            throw new InvalidInput(messages.violation("reason", null, "review.error.reason"));
        }
        if (review.getAuthorId() == user.id()) {
            throw new Conflict(null, messages.get("review.error.ownReport"));
        }
        if (reports.existsByReviewIdAndReporterId(id, user.id())) {
            throw new Conflict(null, messages.get("review.error.reportedTwice"));
        }
        reports.save(new ReviewReportEntity(id, user.id(), reason));
        review.reported();
        audit.record("review.reported", "solution", review.getSolutionCode(), "review " + id + ", " + reason);
    }

    /** A moderator hides a review (it leaves the catalog and the ratings) with a reason; the author is told. */
    @Transactional
    public ModerationItem hide(SoukUser moderator, long id, String reason) {
        return moderate(moderator, id, ReviewStatus.HIDDEN, reason);
    }

    /**
     * A moderator restores a hidden review, or keeps a flagged or reported one visible, with a reason; the author
     * is told when it was hidden.
     */
    @Transactional
    public ModerationItem restore(SoukUser moderator, long id, String reason) {
        return moderate(moderator, id, ReviewStatus.VISIBLE, reason);
    }

    private ModerationItem moderate(SoukUser moderator, long id, ReviewStatus status, String reason) {
        ReviewEntity review = reviews.findById(id).orElseThrow(() -> unknown(id));
        String why = reason == null ? "" : PlainText.clean(reason).strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new InvalidInput(messages.violation("reason", null, "review.error.moderationReason", MAX_REASON));
        }
        ReviewStatus before = review.getStatus();
        ReviewTally.Key was = shown(review);
        review.moderate(status, why, moderator.email());
        tally.moved(review.getSolutionCode(), was, shown(review));
        reports.findByReviewIdAndResolvedAtIsNull(id).forEach(ReviewReportEntity::resolve);
        reviews.saveAndFlush(review);
        audit.record(status == ReviewStatus.HIDDEN ? "review.hidden" : "review.restored", "solution",
                review.getSolutionCode(), "review " + id + ": " + why);
        if (before != status) {
            events.publishEvent(new ReviewModerated(id, review.getSolutionCode(), status == ReviewStatus.HIDDEN, why,
                    review.getAuthorId(), review.getAuthorEmail(), status == ReviewStatus.HIDDEN
                            ? "/reviews/" + review.getSolutionCode() + "/mine" : link(review)));
            events.publishEvent(new ReviewsChanged(review.getSolutionCode()));
        }
        return item(review, Map.of());
    }

    /**
     * What the catalog shows of a solution's reviews: its ratings, the languages its reviews are written in with
     * how many each (the most used first), and a page of its visible reviews, newest first, in one language or all.
     */
    public record Shown(RatingSummary rating, Map<String, Long> languages, PageResponse<Review> reviews) {
    }

    /** {@link #shown} of a listed solution (404 for any other), as the API reads it. */
    @Transactional(readOnly = true)
    public Shown listed(String code, String language, int page, int size) {
        listing(code);
        return shown(code, language, page, size);
    }

    /**
     * {@link Shown} of a solution the caller knows to be listed (the catalog's page); {@code language} keeps the
     * reviews written in it. Ratings, languages and the pager's total come from the tally (a few rows), the page
     * from the index (ReviewSlices): two queries however many reviews the solution has.
     */
    @Transactional(readOnly = true)
    public Shown shown(String code, String language, int page, int size) {
        return shown(code, language, new Position(page, null, null), size);
    }

    /**
     * Where a page of reviews is: its number, counted from the newest, and, for the pager's links, a review of the
     * page next to it that it is just older or just newer than (read by seeking: as cheap deep as at the top; the
     * number is then only shown). A review that is not the solution's, or one with nothing beyond it, is ignored:
     * the page is then read by its number.
     */
    public record Position(int page, Long olderThan, Long newerThan) {
    }

    /** {@link #shown(String, String, int, int)} of the page at {@code position}. */
    @Transactional(readOnly = true)
    public Shown shown(String code, String language, Position position, int size) {
        String wanted = language == null || language.isBlank() ? null : language.trim().toLowerCase(Locale.ROOT);
        List<ReviewTally.Row> rows = tally.of(code);
        RatingSummary rating = rating(rows);
        Map<String, Long> languages = new LinkedHashMap<>();
        rows.stream().filter(row -> row.language() != null)
                .collect(Collectors.groupingBy(ReviewTally.Row::language, Collectors.summingLong(ReviewTally.Row::reviews)))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> languages.put(entry.getKey(), entry.getValue()));
        int number = Math.max(position.page(), 0);
        int bounded = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        long total = wanted == null ? rating.count() : languages.getOrDefault(wanted, 0L);
        Long anchor = position.olderThan() != null ? position.olderThan() : position.newerThan();
        List<ReviewEntity> found = (anchor == null ? Optional.<List<ReviewEntity>>empty()
                : slices.nextTo(code, wanted, anchor, position.olderThan() != null, bounded))
                .filter(seen -> !seen.isEmpty())
                .orElseGet(() -> slices.newestFirst(code, wanted, (long) number * bounded, bounded, total));
        List<Review> items = found.stream().map(Reviews::view).toList();
        return new Shown(rating, languages, new PageResponse<>(items, number, bounded, total,
                (int) ((total + bounded - 1) / bounded)));
    }

    /** The ratings of a solution's visible reviews. */
    @Transactional(readOnly = true)
    public RatingSummary rating(String code) {
        return rating(tally.of(code));
    }

    private static RatingSummary rating(List<ReviewTally.Row> rows) {
        Long[] stars = { 0L, 0L, 0L, 0L, 0L };
        rows.forEach(row -> stars[row.rating() - 1] += row.reviews());
        return RatingSummary.of(List.of(stars));
    }

    /** A visible review, for anyone. */
    @Transactional(readOnly = true)
    public Review get(long id) {
        return view(visible(id, null));
    }

    /** The reviews of the signed-in partner's solutions, newest first. */
    @Transactional(readOnly = true)
    public PageResponse<Review> ofMyPartner(SoukUser user, int page, int size) {
        PartnerView partner = partners.mine(user);
        return PageResponse.read(page, size, MAX_PAGE_SIZE, request -> reviews
                .findByPartnerIdAndStatusOrderByCreatedAtDescIdDesc(partner.id(), ReviewStatus.VISIBLE, request),
                Reviews::view);
    }

    /** What the moderators look at: {@code hidden} false, flagged or reported reviews, oldest first; else hidden ones. */
    @Transactional(readOnly = true)
    public PageResponse<ModerationItem> queue(boolean hidden, int page, int size) {
        Page<ReviewEntity> found = PageResponse.read(page, size, MAX_PAGE_SIZE, request -> hidden
                ? reviews.findByStatusOrderByModeratedAtDescIdDesc(ReviewStatus.HIDDEN, request)
                : reviews.findByNeedsModerationTrueOrderByUpdatedAtAscIdAsc(request));
        Map<Long, Map<ReportReason, Long>> open = new LinkedHashMap<>();
        List<Long> ids = found.getContent().stream().map(ReviewEntity::getId).toList();
        (ids.isEmpty() ? List.<ReviewReportEntity>of() : reports.findByReviewIdInAndResolvedAtIsNull(ids))
                .forEach(r -> open.computeIfAbsent(r.getReviewId(), k -> new EnumMap<>(ReportReason.class))
                        .merge(r.getReason(), 1L, Long::sum));
        return PageResponse.of(found, r -> item(r, open.getOrDefault(r.getId(), Map.of())));
    }

    @Transactional(readOnly = true)
    public long waiting() {
        return reviews.countByNeedsModerationTrue();
    }

    private Listing listing(String code) {
        return revisions.listing(code).orElseThrow(() -> new NotFound(messages.get("review.error.unlisted", code)));
    }

    /** A review that shows in the catalog; a hidden one only for its author and moderators. */
    private ReviewEntity visible(long id, SoukUser user) {
        ReviewEntity review = reviews.findById(id).orElseThrow(() -> unknown(id));
        boolean mayHidden = user != null && (user.id() == review.getAuthorId() || user.has(Role.MODERATOR));
        if (review.getStatus() == ReviewStatus.HIDDEN && !mayHidden) {
            throw unknown(id);
        }
        return review;
    }

    private NotFound unknown(long id) {
        return new NotFound(messages.get("review.error.unknown", id));
    }

    /** Where a review counts in the tally: its stars and language while it is visible, null when it is hidden. */
    private static ReviewTally.Key shown(ReviewEntity review) {
        return review.getStatus() == ReviewStatus.VISIBLE ? new ReviewTally.Key(review.getRating(), review.getLanguage())
                : null;
    }

    private static String link(ReviewEntity review) {
        return "/apps/" + review.getSolutionCode() + "#review-" + review.getId();
    }

    /** The author as the catalog names them: first name and the initial of the last. */
    private static String publicName(SoukUser user) {
        String last = user.displayName().substring(user.firstName().length()).strip();
        return last.isEmpty() ? user.firstName() : user.firstName() + " " + last.codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".";
    }

    private static ModerationItem item(ReviewEntity r, Map<ReportReason, Long> open) {
        return new ModerationItem(view(r), r.getAuthorEmail(), r.getFlaggedWords(), open, r.isNeedsModeration(),
                r.getModerationReason(), r.getModeratedBy(), r.getModeratedAt());
    }

    static Review view(ReviewEntity r) {
        return new Review(r.getId(), r.getSolutionCode(), r.getAuthorName(), r.getRating(), r.getBody(),
                r.getLanguage(), r.getStatus(), r.getCreatedAt(), r.getUpdatedAt(), r.getReply() == null ? null
                        : new Review.Reply(r.getReply(), r.getReplyAuthor(), r.getRepliedAt(), r.getReplyEditedAt()));
    }
}
