package org.souk.support;

import java.io.IOException;
import java.util.Map;

import org.souk.demo.DemoSolution;
import org.souk.identity.NewUser;
import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccounts;
import org.souk.outbound.OutboundAllowList;
import org.souk.outbound.TestServer;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What moderation tests start from: a partner that may submit (status, legal entity, sales terms and the
 * agreement of the global region), a solution whose card and version the checks pass, its pages on a
 * server of the test, and moderators.
 */
public final class ModerationFixture {

    private static final Map<String, Object> ENTITY = Map.of("name", "Fixture Company LLC", "country", "DE",
            "registrationNumber", "HRB 4242", "taxId", "DE424242424", "address", "2 Example Street, Berlin");
    private static TestServer site;

    private final Api api;
    private final DemoSolution demo;
    private final UserDetailsService users;
    private final UserAccounts accounts;
    private final OutboundAllowList outbound;

    public ModerationFixture(Api api, DemoSolution demo, UserDetailsService users, UserAccounts accounts,
            OutboundAllowList outbound) {
        this.api = api;
        this.demo = demo;
        this.users = users;
        this.accounts = accounts;
        this.outbound = outbound;
    }

    /**
     * One server for the whole run answers every page of every card: the network checks find them all
     * (its host:port is put on Souk's outbound allow-list).
     */
    public String site() {
        synchronized (ModerationFixture.class) {
            if (site == null) {
                try {
                    site = TestServer.http("127.0.0.1").answer("/", 200, "text/html; charset=utf-8",
                            "<!DOCTYPE html><html lang=\"en\"><head><title>Fixture</title></head><body><p>Page</p></body></html>");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        outbound.add(site.hostPort());
        return site.url("").replaceAll("/$", "");
    }

    /** The partner signs the agreements of the regions of the fixture's solutions, as its owner does on the sales page. */
    public void signAgreements(IntegrationTest.PartnerLogin partner) {
        expect(api.put("/api/v1/partners/me/legal-entity", ENTITY, partner.token()), 200);
        for (String region : new String[] { "global", "ru" }) {
            expect(api.put("/api/v1/partners/me/regions/" + region + "/sales-terms", Map.of("terms", "FREE"),
                    partner.token()), 200);
            long agreement = api.get("/api/v1/partners/me/regions/" + region + "/agreements", partner.token()).body()
                    .get(0).path("id").asLong();
            expect(api.post("/api/v1/partners/me/regions/" + region + "/agreements/" + agreement + "/acceptance",
                    Map.of(), partner.token()), 200);
        }
    }

    /** A complete solution of the partner in the global and the Russian region, ready to submit. */
    public String solution(IntegrationTest.PartnerLogin partner, String appCode) {
        return demo.create(user(partner.email()), appCode, site());
    }

    /** The same solution offered in the global region only (one submission a round of moderation). */
    public String solutionInGlobalOnly(IntegrationTest.PartnerLogin partner, String appCode) {
        return demo.createInGlobalOnly(user(partner.email()), appCode, site());
    }

    /** A solution of the partner submitted for moderation: its code and the submission's id. */
    public record Submitted(String code, long id) {
    }

    /** The agreements signed, a complete solution added and submitted through the API, as its partner does. */
    public Submitted submitted(IntegrationTest.PartnerLogin partner, String appCode) {
        signAgreements(partner);
        String code = solution(partner, appCode);
        Api.Response submission = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token());
        expect(submission, 201);
        return new Submitted(code, submission.body().path("id").asLong());
    }

    public SoukUser user(String email) {
        return (SoukUser) users.loadUserByUsername(email);
    }

    /** A moderator with a token for the API. */
    public String moderator(String email) {
        accounts.create(new NewUser(email, "Mona", "Moderator", IntegrationTest.PASSWORD, Role.MODERATOR));
        return api.token(email, IntegrationTest.PASSWORD);
    }

    /**
     * Claims and approves every region's submission of the revision that submission {@code id} carries (a solution
     * offered in several regions is reviewed in each and published when the last one approves); the last answer.
     */
    public Api.Response approveEverywhere(long id, String moderator) {
        Api.Response review = api.get("/api/v1/moderation/submissions/" + id, moderator);
        expect(review, 200);
        Api.Response last = null;
        for (var region : review.body().path("regions")) {
            long each = region.path("id").asLong();
            if (!"queued".equalsIgnoreCase(region.path("status").asString())
                    && !"in_review".equalsIgnoreCase(region.path("status").asString())) {
                continue;
            }
            expect(api.post("/api/v1/moderation/submissions/" + each + "/claim", Map.of(), moderator), 200);
            last = api.post("/api/v1/moderation/submissions/" + each + "/approval", Map.of(), moderator);
            expect(last, 200);
        }
        return last;
    }

    public String manager(String email) {
        accounts.create(new NewUser(email, "Max", "Manager", IntegrationTest.PASSWORD, Role.MANAGER));
        return api.token(email, IntegrationTest.PASSWORD);
    }

    private static void expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError(response.status() + " " + response.body());
        }
    }
}
