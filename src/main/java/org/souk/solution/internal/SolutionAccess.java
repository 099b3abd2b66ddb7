package org.souk.solution.internal;

import org.souk.identity.SoukUser;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.web.Conflict;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.springframework.stereotype.Component;

/**
 * Every solution is reached through its partner: a code of another partner's solution answers 404,
 * exactly like a code that does not exist.
 */
@Component
public class SolutionAccess {

    private final SolutionRepository solutions;
    private final Partners partners;
    private final Messages messages;

    SolutionAccess(SolutionRepository solutions, Partners partners, Messages messages) {
        this.solutions = solutions;
        this.partners = partners;
        this.messages = messages;
    }

    public PartnerView partner(SoukUser user) {
        return partners.mine(user);
    }

    public SolutionEntity owned(SoukUser user, String code) {
        PartnerView partner = partners.mine(user);
        return solutions.findByCode(code == null ? "" : code.toLowerCase(java.util.Locale.ROOT))
                .filter(s -> s.getPartnerId() == partner.id())
                .orElseThrow(() -> new NotFound(messages.get("error.solution.unknown", code)));
    }

    /** The draft can be edited: not while it is on moderation (S-08), not after a removal. */
    public SolutionEntity editable(SoukUser user, String code) {
        SolutionEntity solution = owned(user, code);
        if (solution.isSubmitted()) {
            throw new Conflict("S-08", messages.get("error.solution.onModeration"));
        }
        return solution;
    }
}
