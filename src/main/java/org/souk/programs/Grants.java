package org.souk.programs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.install.Accounts;
import org.souk.install.CustomerAccount;
import org.souk.moderation.Recipient;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.programs.internal.CatalogPresence;
import org.souk.programs.internal.GrantEntity;
import org.souk.programs.internal.GrantRepository;
import org.souk.programs.internal.ProgramSettings;
import org.souk.programs.internal.TermRules;
import org.souk.solution.Revisions;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.souk.web.Violation;
import org.souk.web.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sandboxes (G-01) and NFR licenses (G-02): the partner asks with the term known beforehand, a manager grants
 * or refuses, the partner extends (renews) while the condition holds, and a grant ends at its date, when what it
 * rests on leaves the catalog, or when a manager ends it after complaints. The partner's users are told of each.
 */
@Service
public class Grants {

    private final GrantRepository grants;
    private final TermRules rules;
    private final CatalogPresence catalog;
    private final Accounts accounts;
    private final Partners partners;
    private final Revisions revisions;
    private final ProgramSettings settings;
    private final AuditLog audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final ProgramEvents webhooks;

    Grants(GrantRepository grants, TermRules rules, CatalogPresence catalog, Accounts accounts, Partners partners,
            Revisions revisions, ProgramSettings settings, AuditLog audit, Messages messages,
            ApplicationEventPublisher events, ProgramEvents webhooks) {
        this.webhooks = webhooks;
        this.grants = grants;
        this.rules = rules;
        this.catalog = catalog;
        this.accounts = accounts;
        this.partners = partners;
        this.revisions = revisions;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
    }

    /** What the partner would get for this request, and what keeps it from being made: shown before sending. */
    @Transactional(readOnly = true)
    public Term term(SoukUser user, ProgramRequest request) {
        PartnerView partner = partners.mine(user);
        CustomerAccount account = request.newAccount() ? null : chosenAccount(user, request.account());
        Term term = rules.term(partner.id(), request.purpose(), request.solution(),
                account == null ? null : account.id(), account == null ? null : account.domain(), 0);
        if (!request.newAccount() && account == null && request.purpose() != null) {
            return withViolation(term, accountViolation(request.account()));
        }
        return term;
    }

    @Transactional
    public Grant request(SoukUser user, ProgramRequest request) {
        PartnerView partner = partners.mine(user);
        partners.requireApproved(partner);
        Term term = term(user, request);
        if (!term.allowed()) {
            throw new InvalidInput(term.violations());
        }
        CustomerAccount account = request.newAccount() ? accounts.createTest(user)
                : chosenAccount(user, request.account());
        GrantEntity grant = grants.save(new GrantEntity(request.purpose(), partner.id(), partner.code(), account.id(),
                account.domain(), blankToNull(request.solution()), blankToNull(request.note()), user.email(),
                Instant.now()));
        audit.record("program.requested", "program-grant", grant.getId(),
                request.purpose() + " for " + account.domain());
        return view(grant);
    }

    /** The partner's requests and grants, newest first. */
    @Transactional(readOnly = true)
    public PageResponse<Grant> mine(SoukUser user, int page, int size) {
        long partnerId = partners.mine(user).id();
        return PageResponse.read(page, size, 200, request -> grants.findByPartnerIdOrderByIdDesc(partnerId, request),
                this::view);
    }

    /**
     * G-01: a sandbox for published applications or a CRM preset gets 6 more months while what it rests on stays
     * published; G-02: an NFR license is renewed, also after it expired, while the condition holds. At most one
     * term ahead: a term is added when the current one ends within a term from now.
     */
    @Transactional
    public Grant extend(SoukUser user, long id) {
        GrantEntity grant = own(user, id);
        Instant now = Instant.now();
        String rule = grant.getKind().rule();
        if (!grant.getPurpose().extendable()) {
            throw new Conflict(rule, messages.get("programs.error.notExtendable"));
        }
        boolean renewable = grant.getStatus() == GrantStatus.ACTIVE || grant.getKind() == GrantKind.NFR
                && grant.getStatus() == GrantStatus.ENDED && grant.getEndReason() == EndReason.EXPIRED;
        if (!renewable) {
            throw new Conflict(rule, messages.get("programs.error.notActive"));
        }
        if (grant.getStatus() == GrantStatus.ACTIVE
                && grant.getEndsAt().isAfter(now.atZone(ZoneOffset.UTC).plusMonths(grant.getTermMonths()).toInstant())) {
            throw new Conflict(rule, messages.get("programs.error.tooEarly", grant.getEndsAt()));
        }
        List<Violation> gone = rules.condition(grant.getPartnerId(), grant.getPurpose(), grant.getSolutionCode(), rule);
        if (!gone.isEmpty()) {
            throw new InvalidInput(gone);
        }
        grant.extend(now);
        audit.record("program.extended", "program-grant", id, "until " + grant.getEndsAt());
        tell(grant, ProgramNotice.Notice.EXTENDED, null, null);
        return view(grant);
    }

    /** The managers' queue: waiting requests, oldest first, each with its review target (1-2 working days). */
    @Transactional(readOnly = true)
    public PageResponse<Grant> queue(int page, int size) {
        return PageResponse.read(page, size, 200, request -> grants.findByStatusOrderByRequestedAtAscIdAsc(
                GrantStatus.REQUESTED, request), this::view);
    }

    /** A manager grants the request when its condition still holds: the term starts now. */
    @Transactional
    public Grant grant(SoukUser manager, long id) {
        GrantEntity grant = waiting(id);
        Term term = rules.term(grant.getPartnerId(), grant.getPurpose(), grant.getSolutionCode(), grant.getAccountId(),
                grant.getAccountDomain(), grant.getId());
        if (!term.allowed()) {
            throw new InvalidInput(term.violations());
        }
        grant.grant(manager.email(), Instant.now());
        audit.record("program.granted", "program-grant", id, grant.getAccountDomain() + " until " + grant.getEndsAt());
        tell(grant, ProgramNotice.Notice.GRANTED, null, null);
        return view(grant);
    }

    @Transactional
    public Grant refuse(SoukUser manager, long id, String reason) {
        GrantEntity grant = waiting(id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput(messages.violation("reason", grant.getKind().rule(), "programs.error.reason"));
        }
        grant.refuse(manager.email(), reason.strip(), Instant.now());
        audit.record("program.refused", "program-grant", id, reason.strip());
        tell(grant, ProgramNotice.Notice.REFUSED, null, reason.strip());
        return view(grant);
    }

    /** G-01: a manager ends a sandbox when complaints ended the agreement with the partner. */
    @Transactional
    public Grant endForComplaints(SoukUser manager, long id, String note) {
        GrantEntity grant = grants.findById(id).orElseThrow(() -> unknown(id));
        if (grant.getStatus() != GrantStatus.ACTIVE) {
            throw new Conflict(grant.getKind().rule(), messages.get("programs.error.notActive"));
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInput(messages.violation("reason", "G-01", "programs.error.reason"));
        }
        end(grant, EndReason.COMPLAINTS, note.strip() + " (" + manager.email() + ")", Instant.now());
        return view(grant);
    }

    /** The partner's active sandboxes: what a manager may end after complaints. */
    @Transactional(readOnly = true)
    public List<Grant> activeSandboxes(long partnerId) {
        return grants.findByPartnerIdAndKindAndStatus(partnerId, GrantKind.SANDBOX, GrantStatus.ACTIVE).stream()
                .map(this::view).toList();
    }

    /** What one run of the daily job did. */
    public record Sweep(int ended, int reminded) {
    }

    /**
     * The daily job, at {@code now}: grants whose date came end; sandboxes whose solutions left the catalog end
     * (in case an event was missed); the others get the reminder of the nearest configured day before the end,
     * once each per term.
     */
    @Transactional
    public Sweep sweep(Instant now) {
        Map<Long, Set<String>> listed = catalog.byPartner();
        int ended = 0;
        int reminded = 0;
        for (GrantEntity grant : grants.findByStatus(GrantStatus.ACTIVE)) {
            if (!grant.getEndsAt().isAfter(now)) {
                end(grant, EndReason.EXPIRED, null, now);
                ended++;
            } else if (grant.getKind() == GrantKind.SANDBOX
                    && !rules.sandboxHolds(grant, listed.getOrDefault(grant.getPartnerId(), Set.of()))) {
                end(grant, EndReason.UNPUBLISHED, null, now);
                ended++;
            } else if (remind(grant, now)) {
                reminded++;
            }
        }
        return new Sweep(ended, reminded);
    }

    /** G-01: a solution came or went; the owner's sandboxes that rested on it end at once. */
    @Transactional
    public void publicationChanged(String code) {
        long partnerId = revisions.owner(code).partnerId();
        Set<String> listed = catalog.listed(partnerId);
        grants.findByPartnerIdAndKindAndStatus(partnerId, GrantKind.SANDBOX, GrantStatus.ACTIVE).stream()
                .filter(grant -> !rules.sandboxHolds(grant, listed))
                .forEach(grant -> end(grant, EndReason.UNPUBLISHED, code, Instant.now()));
    }

    private boolean remind(GrantEntity grant, Instant now) {
        Duration left = Duration.between(now, grant.getEndsAt());
        Integer due = settings.reminderDays().stream().sorted()
                .filter(days -> left.compareTo(Duration.ofDays(days)) <= 0)
                .filter(days -> grant.getRemindedDays() == null || grant.getRemindedDays() > days)
                .findFirst().orElse(null);
        if (due == null) {
            return false;
        }
        grant.reminded(due);
        int daysLeft = (int) Math.max(1, (left.toHours() + 23) / 24);
        tell(grant, ProgramNotice.Notice.REMINDER, daysLeft, null);
        return true;
    }

    private void end(GrantEntity grant, EndReason reason, String note, Instant now) {
        grant.end(reason, note, now);
        audit.record("program.ended", "program-grant", grant.getId(), reason + (note == null ? "" : ": " + note));
        String why = messages.inEnglish("programs.end." + reason.name()) + (note == null ? "" : " (" + note + ")");
        tell(grant, ProgramNotice.Notice.ENDED, null, why);
    }

    private void tell(GrantEntity grant, ProgramNotice.Notice notice, Integer daysLeft, String reason) {
        webhooks.grant(grant, notice, daysLeft, reason);
        events.publishEvent(new ProgramNotice(notice, grant.getKind(), grant.getAccountDomain(), grant.getEndsAt(),
                daysLeft, reason, partners.users(grant.getPartnerId()).stream()
                        .map(u -> new Recipient(u.id(), u.email())).toList(), "/partner/programs"));
    }

    private CustomerAccount chosenAccount(SoukUser user, String domain) {
        if (domain == null || domain.isBlank()) {
            return null;
        }
        String wanted = domain.strip().toLowerCase(Locale.ROOT);
        return accounts.of(user).stream().map(Accounts.Membership::account)
                .filter(account -> account.domain().equals(wanted)).findFirst().orElse(null);
    }

    private Violation accountViolation(String domain) {
        return domain == null || domain.isBlank() ? messages.violation("account", null, "programs.error.account")
                : messages.violation("account", null, "programs.error.accountUnknown", domain.strip());
    }

    private static Term withViolation(Term term, Violation violation) {
        List<Violation> all = new java.util.ArrayList<>(term.violations());
        all.add(violation);
        return new Term(term.purpose(), term.kind(), term.months(), term.extendable(), term.rule(), term.explanation(),
                List.copyOf(all));
    }

    private GrantEntity own(SoukUser user, long id) {
        long partnerId = partners.mine(user).id();
        return grants.findById(id).filter(grant -> grant.getPartnerId() == partnerId).orElseThrow(() -> unknown(id));
    }

    private GrantEntity waiting(long id) {
        GrantEntity grant = grants.findById(id).orElseThrow(() -> unknown(id));
        if (grant.getStatus() != GrantStatus.REQUESTED) {
            throw new Conflict(grant.getKind().rule(), messages.get("programs.error.reviewed"));
        }
        return grant;
    }

    private NotFound unknown(long id) {
        return new NotFound(messages.get("programs.error.unknown", id));
    }

    private Grant view(GrantEntity g) {
        return new Grant(g.getId(), g.getKind(), g.getPurpose(), g.getPartnerCode(), g.getAccountDomain(),
                g.getSolutionCode(), g.getNote(), g.getTermMonths(), g.getStatus(), g.getRequestedBy(),
                g.getRequestedAt(), WorkingDays.add(g.getRequestedAt(), settings.reviewWorkingDays()),
                g.getReviewedBy(), g.getReviewedAt(), g.getRefusalReason(), g.getStartsAt(), g.getEndsAt(),
                g.getExtensions(), g.getEndedAt(), g.getEndReason(), g.getEndNote());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
