package org.souk.programs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.souk.programs.GrantKind;
import org.souk.programs.GrantStatus;
import org.souk.programs.Purpose;
import org.souk.programs.Term;
import org.souk.web.Messages;
import org.souk.web.Violation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The terms of G-01 and G-02 in one place: which term a purpose earns, what it rests on, and when it may be
 * extended. The same rules answer the partner before the request, the manager at the review and the daily job.
 */
@Component
public class TermRules {

    private static final Set<GrantStatus> OPEN = Set.of(GrantStatus.REQUESTED, GrantStatus.ACTIVE);
    private static final Set<GrantStatus> EVER_GIVEN = Set.of(GrantStatus.REQUESTED, GrantStatus.ACTIVE,
            GrantStatus.ENDED);

    private final GrantRepository grants;
    private final CatalogPresence catalog;
    private final Messages messages;

    TermRules(GrantRepository grants, CatalogPresence catalog, Messages messages) {
        this.grants = grants;
        this.catalog = catalog;
        this.messages = messages;
    }

    /**
     * The term a partner would get for the purpose on the account ({@code accountId} null: not chosen yet, or a
     * new one); {@code grantId} is the request being reviewed (0 for a new one), which does not count against itself.
     */
    @Transactional(readOnly = true)
    public Term term(long partnerId, Purpose purpose, String solution, Long accountId, String accountDomain,
            long grantId) {
        if (purpose == null) {
            return new Term(null, null, 0, false, null, messages.get("programs.term.choose"),
                    List.of(messages.violation("purpose", null, "programs.error.purpose")));
        }
        String rule = purpose.kind().rule();
        String named = solution == null || solution.isBlank() ? null : solution.strip();
        List<Violation> violations = new ArrayList<>(condition(partnerId, purpose, named, rule));
        if (purpose == Purpose.FIRST_APPLICATION && grantId == 0
                && grants.existsByPartnerIdAndPurposeAndStatusIn(partnerId, purpose, EVER_GIVEN)) {
            violations.add(messages.violation("purpose", rule, "programs.error.firstApplicationOnce"));
        }
        if (purpose != Purpose.FIRST_APPLICATION && grants.existsByPartnerIdAndPurposeAndSolutionCodeAndStatusInAndIdNot(
                partnerId, purpose, named, OPEN, grantId)) {
            violations.add(messages.violation("purpose", rule, "programs.error.alreadyOpen"));
        }
        if (accountId != null) {
            if (purpose.kind() == GrantKind.SANDBOX && grants.existsByAccountIdAndKindAndStatusIn(accountId,
                    GrantKind.NFR, Set.of(GrantStatus.ACTIVE))) {
                violations.add(messages.violation("account", "G-01", "programs.error.nfrAccount", accountDomain));
            } else if (grants.existsByAccountIdAndStatusInAndIdNot(accountId, OPEN, grantId)) {
                violations.add(messages.violation("account", rule, "programs.error.accountTaken", accountDomain));
            }
        }
        String explanation = messages.get("programs.term." + purpose.name(), named == null ? "" : named);
        return new Term(purpose, purpose.kind(), purpose.months(), purpose.extendable(), rule, explanation,
                List.copyOf(violations));
    }

    /**
     * What the grant rests on, now: nothing for a first application; published applications; the named preset
     * still published; for an NFR license a published solution (the named one, when it names one).
     */
    @Transactional(readOnly = true)
    public List<Violation> condition(long partnerId, Purpose purpose, String solution, String rule) {
        Set<String> listed = catalog.listed(partnerId);
        return switch (purpose) {
            case FIRST_APPLICATION -> listed.isEmpty() ? List.of()
                    : List.of(messages.violation("purpose", rule, "programs.error.firstApplicationPublished"));
            case PUBLISHED_APPLICATIONS -> listed.isEmpty()
                    ? List.of(messages.violation("purpose", rule, "programs.error.nothingPublished")) : List.of();
            case CRM_PRESET -> solution == null
                    ? List.of(messages.violation("solution", rule, "programs.error.presetRequired"))
                    : catalog.listedPresets(partnerId).contains(solution) ? List.of()
                            : List.of(messages.violation("solution", rule, "programs.error.presetNotListed", solution));
            case NFR_LICENSE -> listed.isEmpty()
                    ? List.of(messages.violation("purpose", rule, "programs.error.nothingPublished"))
                    : solution != null && !listed.contains(solution)
                            ? List.of(messages.violation("solution", rule, "programs.error.solutionNotListed", solution))
                            : List.of();
        };
    }

    /** Whether an active sandbox still rests on what it was given for; the daily job and the listener ask. */
    public boolean sandboxHolds(GrantEntity grant, Set<String> listedOfPartner) {
        return switch (grant.getPurpose()) {
            case PUBLISHED_APPLICATIONS -> !listedOfPartner.isEmpty();
            case CRM_PRESET -> listedOfPartner.contains(grant.getSolutionCode());
            default -> true;
        };
    }
}
