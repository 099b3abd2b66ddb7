package org.souk.programs;

import java.util.Map;

import org.souk.identity.NewUser;
import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccounts;
import org.souk.solution.NewSolution;
import org.souk.solution.Revisions;
import org.souk.solution.Solutions;
import org.souk.solution.TechnologyType;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the programs tests start from: solutions of a partner published directly (frozen and published, the
 * moderation loop is ModerationFlowTest's), taken out of the catalog as the partner does, and staff.
 */
final class ProgramFixture {

    private final Api api;
    private final Solutions solutions;
    private final Revisions revisions;
    private final UserDetailsService users;
    private final UserAccounts accounts;

    ProgramFixture(Api api, Solutions solutions, Revisions revisions, UserDetailsService users,
            UserAccounts accounts) {
        this.api = api;
        this.solutions = solutions;
        this.revisions = revisions;
        this.users = users;
        this.accounts = accounts;
    }

    /** A solution of the partner in the catalog now. */
    String published(IntegrationTest.PartnerLogin partner, String appCode, TechnologyType type) {
        SoukUser owner = (SoukUser) users.loadUserByUsername(partner.email());
        String code = solutions.add(owner, new NewSolution(appCode, "global", type)).solution().code();
        revisions.publish(revisions.freeze(code).id());
        return code;
    }

    /** The partner unticks "Available in the catalog". */
    void unpublish(IntegrationTest.PartnerLogin partner, String code) {
        Api.Response response = api.put("/api/v1/solutions/" + code + "/catalog-visibility",
                Map.of("available", false), partner.token());
        if (response.status() != 200) {
            throw new AssertionError(response.status() + " " + response.body());
        }
    }

    /** A member of staff with a token for the API. */
    String staff(String email, Role role) {
        accounts.create(new NewUser(email, "Sam", "Staff", IntegrationTest.PASSWORD, role));
        return api.token(email, IntegrationTest.PASSWORD);
    }
}
