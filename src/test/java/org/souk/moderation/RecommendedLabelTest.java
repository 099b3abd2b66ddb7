package org.souk.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.demo.DemoSolution;
import org.souk.identity.UserAccounts;
import org.souk.solution.Revisions;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;

/**
 * U-04 through the approval itself: a telephony solution whose four mandatory scenarios (T-TEL-1) the moderators
 * marked passed in the checklist is published with "Recommended"; one scenario failed, it is published without.
 */
class RecommendedLabelTest extends IntegrationTest {

    private static final List<String> SCENARIOS = List.of("T-TEL-1:register", "T-TEL-1:record",
            "T-TEL-1:click-to-call", "T-TEL-1:callback");

    @Autowired
    DemoSolution demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Revisions revisions;

    ModerationFixture fixture;
    PartnerLogin partner;
    String moderator;

    @BeforeEach
    void fixture() {
        fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        partner = approvedPartner("telephony");
        fixture.signAgreements(partner);
        moderator = fixture.moderator(uniqueCode("tel") + "@souk.test");
    }

    /** A complete telephony card, submitted: the submissions of its two regions. */
    private List<Long> submittedTelephony(String appCode) {
        String code = fixture.solution(partner, appCode);
        assertThat(api.patch("/api/v1/solutions/" + code + "/card", Map.of("categories",
                List.of("integrations.telephony")), partner.token()).status()).isEqualTo(200);
        assertThat(api.patch("/api/v1/solutions/" + code + "/versions/1", Map.of("scopes",
                List.of("crm", "telephony", "user_brief")), partner.token()).status()).isEqualTo(200);
        Api.Response submitted = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token());
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
        long first = submitted.body().path("id").asLong();
        JsonNode review = api.get("/api/v1/moderation/submissions/" + first, moderator).body();
        assertThat(review.path("checklist").toString()).contains("T-TEL-1:register", "T-TEL-1:callback",
                "T-TEL-2");
        return review.path("regions").valueStream().map(r -> r.path("id").asLong()).toList();
    }

    private String approve(List<Long> regions, Map<String, String> firstChecklist) {
        String code = null;
        for (int i = 0; i < regions.size(); i++) {
            long id = regions.get(i);
            assertThat(api.post("/api/v1/moderation/submissions/" + id + "/claim", Map.of(), moderator).status())
                    .isEqualTo(200);
            Api.Response approved = api.post("/api/v1/moderation/submissions/" + id + "/approval",
                    Map.of("checklist", i == 0 ? firstChecklist : Map.of()), moderator);
            assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
            code = approved.text("solutionCode");
        }
        return code;
    }

    @Test
    void everyScenarioPassedEarnsRecommendedAtTheApproval() {
        Map<String, String> passed = new HashMap<>();
        SCENARIOS.forEach(s -> passed.put(s, "pass"));
        String code = approve(submittedTelephony("phone_ok"), passed);
        assertThat(revisions.listing(code).orElseThrow().recommended()).isTrue();
    }

    @Test
    void aFailedScenarioPublishesWithoutTheLabel() {
        Map<String, String> oneFailed = new HashMap<>();
        SCENARIOS.forEach(s -> oneFailed.put(s, "pass"));
        oneFailed.put("T-TEL-1:callback", "fail");
        String code = approve(submittedTelephony("phone_partly"), oneFailed);
        assertThat(revisions.listing(code).orElseThrow().recommended()).isFalse();
        // a verdict that is none of pass, fail, n/a is refused, naming the rule
        List<Long> next = submittedTelephony("phone_typo");
        api.post("/api/v1/moderation/submissions/" + next.get(0) + "/claim", Map.of(), moderator);
        Api.Response typo = api.post("/api/v1/moderation/submissions/" + next.get(0) + "/approval",
                Map.of("checklist", Map.of("T-TEL-1:register", "maybe")), moderator);
        assertThat(typo.status()).isEqualTo(422);
        assertThat(typo.violations()).containsExactly("checklist.T-TEL-1:register T-TEL-1:register");
    }
}
