package org.souk.moderation;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.souk.audit.AuditLog;
import org.souk.checks.SolutionChecks;
import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.install.InstallTests;
import org.souk.install.Installations;
import org.souk.moderation.internal.Checklist;
import org.souk.moderation.internal.ModerationSettings;
import org.souk.moderation.internal.SubmissionEntity;
import org.souk.moderation.internal.SubmissionRepository;
import org.souk.moderation.internal.SubmissionViews;
import org.souk.partner.Partners;
import org.souk.solution.DraftDiff;
import org.souk.solution.Listing;
import org.souk.solution.Revision;
import org.souk.solution.Revisions;
import org.souk.storage.BlobStore;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The moderators' side: the queue per region (M-03), claims (one moderator at a time), the review, the
 * decisions (M-04, M-06) with their checklist, a confirmed cancellation (M-10), and takedowns (M-06).
 */
@Service
public class ModerationDesk {

    private final SubmissionRepository submissions;
    private final SubmissionViews views;
    private final Revisions revisions;
    private final SolutionChecks checks;
    private final Partners partners;
    private final Checklist checklist;
    private final CannedResponses canned;
    private final ModerationSettings settings;
    private final Outcomes outcomes;
    private final AuditLog audit;
    private final Messages messages;
    private final JsonMapper json;
    private final BlobStore blobs;
    private final InstallTests installTests;
    private final Installations installations;
    private final ModeratorRegions moderatorRegions;

    ModerationDesk(SubmissionRepository submissions, SubmissionViews views, Revisions revisions,
            SolutionChecks checks, Partners partners, Checklist checklist, CannedResponses canned,
            ModerationSettings settings, Outcomes outcomes, AuditLog audit, Messages messages, JsonMapper json,
            BlobStore blobs, InstallTests installTests, Installations installations,
            ModeratorRegions moderatorRegions) {
        this.moderatorRegions = moderatorRegions;
        this.blobs = blobs;
        this.installTests = installTests;
        this.installations = installations;
        this.submissions = submissions;
        this.views = views;
        this.revisions = revisions;
        this.checks = checks;
        this.partners = partners;
        this.checklist = checklist;
        this.canned = canned;
        this.settings = settings;
        this.outcomes = outcomes;
        this.audit = audit;
        this.messages = messages;
        this.json = json;
    }

    /**
     * The queue a moderator works (M-03, oldest first): {@code region} one region's, {@link #EVERY_REGION} every
     * region's, absent the regions assigned to the moderator (every region's for one without an assignment).
     */
    @Transactional(readOnly = true)
    public PageResponse<QueueEntry> queue(SoukUser viewer, String region, int page, int size) {
        if (EVERY_REGION.equals(region)) {
            return queue(List.of(), page, size);
        }
        return queue(region == null || region.isBlank() ? moderatorRegions.of(viewer.id()) : List.of(region), page,
                size);
    }

    /** The filter value of the queue for every region's submissions. */
    public static final String EVERY_REGION = "all";

    private PageResponse<QueueEntry> queue(List<String> regions, int page, int size) {
        Instant now = Instant.now();
        return PageResponse.read(page, size, 200, pageable -> regions.isEmpty()
                ? submissions.findByStatusInOrderBySubmittedAtAscIdAsc(SubmissionViews.OPEN, pageable)
                : submissions.findByRegionInAndStatusInOrderBySubmittedAtAscIdAsc(regions, SubmissionViews.OPEN,
                        pageable), s -> views.forQueue(s, now));
    }

    /**
     * One moderator at a time: the claim is a conditional update, so of two claims at once exactly one
     * wins; the other is told who holds it. A claim runs out after the configured time.
     */
    @Transactional
    public QueueEntry claim(SoukUser moderator, long id) {
        Instant now = Instant.now();
        String region = submission(id).getRegion();
        if (!moderatorRegions.works(moderator, region)) {
            throw new Conflict("M-05", messages.get("error.submission.notYourRegion", region,
                    String.join(", ", moderatorRegions.of(moderator.id()))));
        }
        int claimed = submissions.claim(id, moderator.email(), now, now.plus(settings.claimTimeout()));
        SubmissionEntity submission = submission(id);
        if (claimed == 0) {
            if (!submission.getStatus().open()) {
                throw new Conflict("M-03", messages.get("error.submission.closed", submission.getStatus()));
            }
            throw new Conflict("M-03", messages.get("error.submission.claimed", submission.getClaimedBy(),
                    submission.getClaimExpiresAt()));
        }
        audit.record("submission.claimed", "solution", submission.getSolutionCode(), "submission " + id);
        outcomes.step(submission, Outcomes.CLAIMED);
        return views.forQueue(submission, now);
    }

    @Transactional
    public QueueEntry release(SoukUser moderator, long id) {
        SubmissionEntity submission = held(moderator, id);
        submission.release();
        audit.record("submission.released", "solution", submission.getSolutionCode(), "submission " + id);
        return views.forQueue(submission, Instant.now());
    }

    @Transactional(readOnly = true)
    public Review review(SoukUser moderator, long id) {
        SubmissionEntity s = submission(id);
        Revision revision = revisions.revision(s.getRevisionId());
        Revision base = s.getBaseRevisionId() == null ? null : revisions.revision(s.getBaseRevisionId());
        List<SubmissionView> history = submissions.findByPartnerIdOrderByIdDesc(s.getPartnerId()).stream()
                .filter(other -> !other.getId().equals(s.getId())).limit(50).map(views::forPartner).toList();
        return new Review(views.forQueue(s, Instant.now()), views.forPartner(s), revision, base,
                DraftDiff.between(base == null ? null : base.draft(), revision.draft()),
                checks.ofRevision(revision.id()).orElse(null), partners.ofPartnerId(s.getPartnerId()), history,
                checklist.forDraft(revision.draft(), verdicts(s)), canned.all(),
                revisions.owner(s.getSolutionCode()).removedReason(),
                installTests.latest(s.getSolutionCode()).orElse(null),
                // managers read reviews too; the REST figures are the moderators' (F-09)
                moderator.has(Role.MODERATOR) ? installations.usage(moderator, s.getSolutionCode()) : List.of(),
                submissions.findByRevisionIdOrderByIdAsc(s.getRevisionId()).stream().map(views::forPartner).toList(),
                s.getDecidedBy());
    }

    /** An image of the submitted revision or of the one it replaces; any other key is unknown here. */
    @Transactional(readOnly = true)
    public InputStream media(long id, String key) {
        SubmissionEntity s = submission(id);
        Set<String> keys = new HashSet<>(mediaKeys(revisions.revision(s.getRevisionId())));
        if (s.getBaseRevisionId() != null) {
            keys.addAll(mediaKeys(revisions.revision(s.getBaseRevisionId())));
        }
        if (!keys.contains(key)) {
            throw new NotFound(messages.get("error.media.unknown"));
        }
        return blobs.open(key).orElseThrow(() -> new NotFound(messages.get("error.media.unknown")));
    }

    private static List<String> mediaKeys(Revision revision) {
        var card = revision.draft().card();
        List<String> keys = new ArrayList<>();
        keys.add(card.iconKey());
        keys.add(card.iconThumbKey());
        card.screenshots().forEach(shot -> {
            keys.add(shot.key());
            keys.add(shot.thumbKey());
        });
        keys.removeIf(Objects::isNull);
        return keys;
    }

    /**
     * M-04 approve, in the submission's region. A solution offered in several regions is reviewed in each:
     * the revision becomes the published one when the last of its regions approves. The first approval
     * lists the solution at once (U-01); later ones show in the catalog while "Available in the catalog"
     * stays ticked (U-02). A telephony solution whose every T-TEL-1 scenario passed (in the regions'
     * checklists together) is labelled "Recommended" (U-04).
     */
    @Transactional
    public SubmissionView approve(SoukUser moderator, long id, Decision decision) {
        SubmissionEntity s = held(moderator, id);
        Revision revision = revisions.revision(s.getRevisionId());
        Map<String, String> verdicts = validChecklist(decision);
        decide(s, moderator, SubmissionStatus.APPROVED, decision, verdicts);
        List<SubmissionEntity> regions = submissions.findByRevisionIdOrderByIdAsc(s.getRevisionId());
        if (regions.stream().anyMatch(other -> other.getStatus() != SubmissionStatus.APPROVED)) {
            outcomes.tell(s, ModerationOutcome.Outcome.APPROVED_IN_REGION, blankToNull(decision.comment()));
            return views.forPartner(s);
        }
        Map<String, String> all = new HashMap<>();
        regions.forEach(region -> all.putAll(verdicts(region)));
        all.putAll(verdicts);
        boolean recommended = checklist.recommended(revision.draft(), all);
        outcomes.tell(s, ModerationOutcome.Outcome.APPROVED, blankToNull(decision.comment()));
        // after the decision's events: a partner's webhook hears "approved", then "published"
        revisions.publish(s.getRevisionId(), recommended ? List.of(Listing.RECOMMENDED) : List.of());
        return views.forPartner(s);
    }

    /**
     * A return or refusal in one region gives the draft back: the revision's submissions still open in the
     * other regions end with it (cancelled, naming the region that decided), so the next submission starts
     * afresh in every region.
     */
    private void closeOtherRegions(SubmissionEntity decided, SoukUser moderator) {
        for (SubmissionEntity other : submissions.findByRevisionIdOrderByIdAsc(decided.getRevisionId())) {
            if (!other.getId().equals(decided.getId()) && other.getStatus().open()) {
                other.decide(SubmissionStatus.CANCELLED, moderator.email(), messages.inEnglish(
                        "moderation.closedByRegion", decided.getRegion(),
                        decided.getStatus().name().toLowerCase(java.util.Locale.ROOT)), null, null);
                audit.record("submission.cancelled", "solution", other.getSolutionCode(), "submission "
                        + other.getId() + ", decided in region " + decided.getRegion());
                outcomes.step(other, "submission.cancelled");
            }
        }
    }

    /** M-04 return for revision: the comment is required; the draft is editable again, the remarks beside its fields. */
    @Transactional
    public SubmissionView returnForRevision(SoukUser moderator, long id, Decision decision) {
        if (decision.comment() == null || decision.comment().isBlank()) {
            throw new InvalidInput(messages.violation("comment", "M-04", "error.submission.commentRequired"));
        }
        SubmissionEntity s = held(moderator, id);
        Map<String, String> verdicts = validChecklist(decision);
        revisions.release(s.getSolutionCode(), true);
        decide(s, moderator, SubmissionStatus.RETURNED, decision, verdicts);
        outcomes.tell(s, ModerationOutcome.Outcome.RETURNED, decision.comment().strip());
        // after the decision's own step: a partner hears "returned" before the other regions' "cancelled"
        closeOtherRegions(s, moderator);
        return views.forPartner(s);
    }

    /** M-06: publication refused, with or without an explanation; recorded, and the draft given back. */
    @Transactional
    public SubmissionView refuse(SoukUser moderator, long id, Decision decision) {
        SubmissionEntity s = held(moderator, id);
        Map<String, String> verdicts = validChecklist(decision);
        revisions.release(s.getSolutionCode(), true);
        decide(s, moderator, SubmissionStatus.REFUSED, decision, verdicts);
        outcomes.tell(s, ModerationOutcome.Outcome.REFUSED, blankToNull(decision.comment()));
        closeOtherRegions(s, moderator);
        return views.forPartner(s);
    }

    /** M-10: the partner asked to cancel a submission this moderator holds; the draft is editable again. */
    @Transactional
    public SubmissionView confirmCancellation(SoukUser moderator, long id) {
        SubmissionEntity s = held(moderator, id);
        if (s.getCancelRequestedAt() == null) {
            throw new Conflict("M-10", messages.get("error.submission.noCancelRequest"));
        }
        revisions.release(s.getSolutionCode(), false);
        s.decide(SubmissionStatus.CANCELLED, moderator.email(), null, null, null);
        audit.record("submission.cancelled", "solution", s.getSolutionCode(), "submission " + id + ", confirmed");
        closeOtherRegions(s, moderator);
        outcomes.tell(s, ModerationOutcome.Outcome.CANCELLED, null);
        return views.forPartner(s);
    }

    /** M-06: a published solution leaves the catalog for issues found, with a reason the partner reads. */
    @Transactional
    public void remove(SoukUser moderator, String code, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput(messages.violation("reason", "M-06", "error.removal.reason"));
        }
        Revisions.Owner owner = revisions.owner(code);
        revisions.remove(owner.code(), reason.strip());
        outcomes.tell(owner.partnerId(), owner.code(), title(owner), owner.regions().get(0),
                ModerationOutcome.Outcome.REMOVED, reason.strip());
    }

    @Transactional
    public void reinstate(SoukUser moderator, String code) {
        Revisions.Owner owner = revisions.owner(code);
        revisions.reinstate(owner.code());
        outcomes.tell(owner.partnerId(), owner.code(), title(owner), owner.regions().get(0),
                ModerationOutcome.Outcome.REINSTATED, null);
    }

    private String title(Revisions.Owner owner) {
        return owner.publishedRevisionId() == null ? owner.code()
                : SubmissionViews.title(revisions.revision(owner.publishedRevisionId()).draft());
    }

    private void decide(SubmissionEntity s, SoukUser moderator, SubmissionStatus outcome, Decision decision,
            Map<String, String> verdicts) {
        s.decide(outcome, moderator.email(), blankToNull(decision.comment()),
                decision.fieldComments().isEmpty() ? null : views.write(decision.fieldComments()),
                verdicts.isEmpty() ? null : views.write(verdicts));
        audit.record("submission." + outcome.name().toLowerCase(), "solution", s.getSolutionCode(),
                "submission " + s.getId() + (s.getComment() == null ? "" : ": " + s.getComment()));
    }

    private Map<String, String> validChecklist(Decision decision) {
        Map<String, String> verdicts = new HashMap<>();
        decision.checklist().forEach((rule, verdict) -> {
            if (verdict == null || verdict.isBlank()) {
                return;
            }
            if (!checklist.known(rule) || !List.of("pass", "fail", "n/a").contains(verdict)) {
                throw new InvalidInput(messages.violation("checklist." + rule, rule, "error.checklist.verdict",
                        rule));
            }
            verdicts.put(rule, verdict);
        });
        return verdicts;
    }

    private Map<String, String> verdicts(SubmissionEntity s) {
        return s.getChecklist() == null ? Map.of()
                : json.readValue(s.getChecklist(), new TypeReference<Map<String, String>>() {
                });
    }

    /** The submission, open and held by this moderator: decisions need the claim. */
    private SubmissionEntity held(SoukUser moderator, long id) {
        SubmissionEntity s = submission(id);
        if (!s.getStatus().open()) {
            throw new Conflict("M-04", messages.get("error.submission.closed", s.getStatus()));
        }
        if (!s.heldBy(moderator.email())) {
            throw new Conflict("M-03", s.claimed(Instant.now())
                    ? messages.get("error.submission.claimed", s.getClaimedBy(), s.getClaimExpiresAt())
                    : messages.get("error.submission.claimFirst"));
        }
        return s;
    }

    private SubmissionEntity submission(long id) {
        return submissions.findById(id).orElseThrow(() -> new NotFound(messages.get("error.submission.unknown", id)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
