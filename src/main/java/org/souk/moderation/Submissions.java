package org.souk.moderation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.souk.audit.AuditLog;
import org.souk.checks.CheckReport;
import org.souk.checks.Severity;
import org.souk.checks.SolutionChecks;
import org.souk.identity.SoukUser;
import org.souk.market.Region;
import org.souk.market.Regions;
import org.souk.moderation.internal.ModerationSettings;
import org.souk.moderation.internal.SubmissionEntity;
import org.souk.moderation.internal.SubmissionRepository;
import org.souk.moderation.internal.SubmissionViews;
import org.souk.partner.PartnerAgreements;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.solution.Revision;
import org.souk.solution.Revisions;
import org.souk.solution.SolutionStatus;
import org.souk.solution.SolutionView;
import org.souk.solution.Solutions;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.PageResponse;
import org.souk.web.Violation;
import org.souk.web.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partner's side of moderation: what stands between a draft and the queue, the submission itself
 * (M-01, M-02), where it stands, and its cancellation (M-10).
 */
@Service
public class Submissions {

    private final SubmissionRepository submissions;
    private final SubmissionViews views;
    private final Solutions solutions;
    private final Revisions revisions;
    private final SolutionChecks checks;
    private final Partners partners;
    private final PartnerAgreements agreements;
    private final ModerationSettings settings;
    private final Outcomes outcomes;
    private final AuditLog audit;
    private final Messages messages;
    private final TransactionTemplate transaction;
    private final Regions regions;

    Submissions(SubmissionRepository submissions, SubmissionViews views, Solutions solutions, Revisions revisions,
            SolutionChecks checks, Partners partners, PartnerAgreements agreements, ModerationSettings settings,
            Outcomes outcomes, AuditLog audit, Messages messages, PlatformTransactionManager transactions,
            Regions regions) {
        this.regions = regions;
        this.submissions = submissions;
        this.views = views;
        this.solutions = solutions;
        this.revisions = revisions;
        this.checks = checks;
        this.partners = partners;
        this.agreements = agreements;
        this.settings = settings;
        this.outcomes = outcomes;
        this.audit = audit;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * What keeps the draft from the queue, in the words of the rules: partner status (P-05), the
     * agreement of every region (P-08), a submission already open (S-08), the blockers of the draft as
     * the Checks tab has them ({@link SolutionChecks#current}: M-01, M-02). Empty: the button may be pressed.
     */
    public List<Violation> missing(SoukUser user, String code) {
        List<Violation> missing = preconditions(user, code);
        blockers(checks.current(user, code), missing);
        return missing;
    }

    /**
     * M-01: runs every check (with the network ones); any blocker refuses the submission with the
     * findings (M-02). Else the draft is frozen with its report, made read-only (S-08) and queued at the
     * end of its region's queue (M-03).
     */
    public SubmissionView submit(SoukUser user, String code) {
        List<Violation> missing = preconditions(user, code);
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        CheckReport report = checks.checkNow(user, code);
        blockers(report, missing);
        if (!missing.isEmpty()) {
            transaction.executeWithoutResult(status -> audit.record("submission.refused-by-checks", "solution", code,
                    report.blockers() + " blocker(s)"));
            throw new InvalidInput(missing);
        }
        SubmissionEntity submission = transaction.execute(status -> queue(user, code, report));
        return views.forPartner(submission);
    }

    private SubmissionEntity queue(SoukUser user, String code, CheckReport report) {
        SolutionView solution = solutions.get(user, code);
        PartnerView partner = partners.mine(user);
        Revisions.Owner owner = revisions.owner(solution.code());
        Optional<Revision> published = revisions.published(solution.code());
        Revision revision = revisions.freeze(solution.code());
        // the draft changed between the checks and the freeze: the frozen one is what the moderator sees
        CheckReport kept = revision.draft().equals(solutions.draft(user, code)) ? checks.attach(report, revision.id())
                : checks.checkRevision(revision);
        SubmissionKind kind = published.isEmpty() ? SubmissionKind.NEW_SOLUTION
                : revision.versionNumber() > published.get().versionNumber() ? SubmissionKind.NEW_VERSION
                        : SubmissionKind.CARD_CHANGE;
        Instant now = Instant.now();
        boolean first = !submissions.existsByPartnerId(partner.id());
        // one submission per region of the solution, each in its region's queue (moderators are per region);
        // the revision is published once every region has approved it (ModerationDesk.approve)
        SubmissionEntity home = null;
        for (String region : owner.regions()) {
            SubmissionEntity submission = submissions.save(new SubmissionEntity(solution.code(), partner.id(),
                    partner.code(), SubmissionViews.title(revision.draft()), region, revision.id(),
                    published.map(Revision::id).orElse(null), revision.versionNumber(), kind, first,
                    (int) kept.warnings(), user.email(), now, WorkingDays.add(now, settings.dueBusinessDays())));
            audit.record("submission.queued", "solution", solution.code(), "submission " + submission.getId() + ", "
                    + kind + ", version " + revision.versionNumber() + ", region " + region);
            outcomes.step(submission, Outcomes.QUEUED);
            home = home == null ? submission : home;
        }
        return home;
    }

    /**
     * The open submission of a solution, with its place in the queue and the expected decision date: of a
     * solution in several regions, the first region's that is still open ({@link #open} has each).
     */
    @Transactional(readOnly = true)
    public Optional<SubmissionView> current(SoukUser user, String code) {
        return open(user, code).stream().findFirst();
    }

    /** The open submissions of a solution, one per region still deciding, in the order of its regions. */
    @Transactional(readOnly = true)
    public List<SubmissionView> open(SoukUser user, String code) {
        SolutionView solution = solutions.get(user, code);
        return submissions.findBySolutionCodeAndStatusInOrderByIdAsc(solution.code(), SubmissionViews.OPEN).stream()
                .map(views::forPartner).toList();
    }

    /**
     * The newest submission of a solution, open or decided: of the newest revision's regions, the one a moderator
     * returned or refused where there is one (the others were closed with it), else the first region's.
     */
    @Transactional(readOnly = true)
    public Optional<SubmissionView> latest(SoukUser user, String code) {
        SolutionView solution = solutions.get(user, code);
        return submissions.findFirstBySolutionCodeOrderByIdDesc(solution.code()).map(newest -> {
            List<SubmissionEntity> regions = submissions.findByRevisionIdOrderByIdAsc(newest.getRevisionId());
            return regions.stream().filter(s -> s.getStatus() == SubmissionStatus.RETURNED
                    || s.getStatus() == SubmissionStatus.REFUSED).findFirst().orElse(regions.get(0));
        }).map(views::forPartner);
    }

    /** The submissions of a solution, newest first, read a page at a time: one released often gathers many. */
    @Transactional(readOnly = true)
    public PageResponse<SubmissionView> history(SoukUser user, String code, int page, int size) {
        SolutionView solution = solutions.get(user, code);
        return PageResponse.read(page, size, 200,
                request -> submissions.findBySolutionCodeOrderByIdDesc(solution.code(), request), views::forPartner);
    }

    /**
     * M-10: before a moderator holds it the submission is withdrawn at once and the draft is editable
     * again; after that the partner's request goes to the moderator in the chat, who confirms it.
     */
    @Transactional
    public SubmissionView cancel(SoukUser user, String code) {
        SolutionView solution = solutions.get(user, code);
        List<SubmissionEntity> open = submissions.findBySolutionCodeAndStatusInOrderByIdAsc(solution.code(),
                SubmissionViews.OPEN);
        if (open.isEmpty()) {
            throw new Conflict("M-10", messages.get("error.submission.none"));
        }
        Instant now = Instant.now();
        // every region's submission: the ones no moderator holds end at once, the held ones are asked for
        if (open.stream().noneMatch(s -> s.claimed(now))) {
            open.forEach(submission -> {
                submission.decide(SubmissionStatus.CANCELLED, user.email(), null, null, null);
                audit.record("submission.cancelled", "solution", solution.code(), "submission " + submission.getId());
            });
            revisions.release(solution.code(), false);
            outcomes.tell(open.get(0), ModerationOutcome.Outcome.CANCELLED, null);
        } else {
            for (SubmissionEntity submission : open) {
                if (submission.getCancelRequestedAt() == null) {
                    submission.requestCancellation(now);
                    audit.record("submission.cancellation-requested", "solution", solution.code(),
                            "submission " + submission.getId());
                    if (submission.claimed(now)) {
                        outcomes.askToCancel(user, submission);
                    }
                }
            }
        }
        return views.forPartner(open.get(0));
    }

    private List<Violation> preconditions(SoukUser user, String code) {
        SolutionView solution = solutions.get(user, code);
        PartnerView partner = partners.mine(user);
        List<Violation> missing = new ArrayList<>();
        if (!partner.approved()) {
            missing.add(new Violation("partner", "P-05", messages.get("error.partner.notApproved")));
        }
        for (String region : solution.regions()) {
            if (!agreements.inForce(partner.id(), region)) {
                missing.add(new Violation("regions", "P-08", messages.get("error.submission.agreement",
                        regions.find(region).map(Region::name).orElse(region))));
            }
        }
        if (solution.status() == SolutionStatus.ON_MODERATION) {
            missing.add(new Violation("status", "S-08", messages.get("error.solution.onModeration")));
        }
        return missing;
    }

    private static void blockers(CheckReport report, List<Violation> into) {
        report.findings().stream().filter(f -> f.severity() == Severity.BLOCKER)
                .forEach(f -> into.add(new Violation(f.field(), f.rule(), f.message())));
    }
}
