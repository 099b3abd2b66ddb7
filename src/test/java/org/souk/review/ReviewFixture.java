package org.souk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.souk.identity.NewUser;
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
 * What the review tests start from: a partner's solution published directly (the moderation loop is
 * ModerationFlowTest's), customers with an account of their own made by a manager, installs through the API.
 */
public final class ReviewFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private final Api api;
    private final Solutions solutions;
    private final Revisions revisions;
    private final UserDetailsService users;
    private final UserAccounts accounts;
    private final String adminToken;

    public ReviewFixture(Api api, Solutions solutions, Revisions revisions, UserDetailsService users,
            UserAccounts accounts, String adminToken) {
        this.api = api;
        this.solutions = solutions;
        this.revisions = revisions;
        this.users = users;
        this.accounts = accounts;
        this.adminToken = adminToken;
    }

    /** A customer: a user of an account of their own, with a token. */
    public record Customer(String email, String domain, String token) {
    }

    /** A solution of the partner in the catalog now. */
    public String published(IntegrationTest.PartnerLogin partner, String appCode) {
        SoukUser owner = (SoukUser) users.loadUserByUsername(partner.email());
        String code = solutions.add(owner, new NewSolution(appCode, "global", TechnologyType.REST_API)).solution()
                .code();
        Api.Response version = api.patch("/api/v1/solutions/" + code + "/versions/1", Map.of("scopes",
                List.of("crm")), partner.token());
        assertThat(version.status()).as(version.body().toString()).isEqualTo(200);
        revisions.publish(revisions.freeze(code).id());
        return code;
    }

    public Customer customer(String prefix) {
        String unique = prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
        String email = unique + "@customers.example.com";
        accounts.create(new NewUser(email, "Cleo", "Rater", IntegrationTest.PASSWORD, null));
        String domain = unique + ".example.com";
        Api.Response created = api.post("/api/v1/admin/accounts", Map.of("domain", domain, "adminEmail", email),
                adminToken);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return new Customer(email, domain, api.token(email, IntegrationTest.PASSWORD));
    }

    public void install(Customer customer, String code) {
        Api.Response installed = api.post("/api/v1/accounts/" + customer.domain() + "/installations",
                Map.of("solution", code), customer.token());
        assertThat(installed.status()).as(installed.body().toString()).isEqualTo(201);
        assertThat(installed.text("status")).isEqualToIgnoringCase("installed");
    }

    public Api.Response rate(Customer customer, String code, Integer rating, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("rating", rating);
        body.put("text", text);
        return api.put("/api/v1/solutions/" + code + "/reviews/mine", body, customer.token());
    }

    /** A customer who installed the solution and rated it. */
    public long rated(String code, int rating, String text) {
        Customer customer = customer("rater");
        install(customer, code);
        Api.Response rated = rate(customer, code, rating, text);
        assertThat(rated.status()).as(rated.body().toString()).isEqualTo(200);
        return rated.body().path("id").asLong();
    }
}
