package org.souk.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
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
import org.souk.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;

/**
 * A solution offered in several regions is reviewed in each (one submission per region, published when every
 * region approved it), by the moderators a manager assigned to the region; the chat stays per region (M-05).
 * S-05: a region is added only where the solution's pricing policy exists.
 */
class ModerationRegionsTest extends IntegrationTest {

    @Autowired
    DemoSolution demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Revisions revisions;
    @Autowired
    ModeratorRegions moderatorRegions;

    ModerationFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ModerationFixture(api, demo, users, accounts, outbound);
    }

    private List<JsonNode> queue(String token, String region) {
        List<JsonNode> items = new ArrayList<>();
        api.get("/api/v1/moderation/queue?size=200" + (region == null ? "" : "&region=" + region), token).body()
                .path("items").forEach(items::add);
        return items;
    }

    private static List<Long> ids(List<JsonNode> items) {
        return items.stream().map(i -> i.path("id").asLong()).toList();
    }

    @Test
    void eachRegionReviewsTheSolutionAndItIsPublishedWhenEveryRegionApproved() throws Exception {
        PartnerLogin partner = approvedPartner("regions");
        fixture.signAgreements(partner);
        String code = fixture.solution(partner, "two_regions");
        String monaEmail = uniqueCode("mona") + "@souk.test";
        String mona = fixture.moderator(monaEmail);
        String milo = fixture.moderator(uniqueCode("milo") + "@souk.test");
        String maxEmail = uniqueCode("max") + "@souk.test";
        String max = fixture.manager(maxEmail);
        long monaId = accounts.findByEmail(monaEmail).orElseThrow().id();

        // the manager assigns mona to the Russian region
        Api.Response assigned = api.put("/api/v1/admin/moderators/" + monaId + "/regions",
                Map.of("regions", List.of("ru")), max);
        assertThat(assigned.status()).as(assigned.body().toString()).isEqualTo(200);
        assertThat(assigned.body().path("regions").toString()).isEqualTo("[\"ru\"]");
        assertThat(api.put("/api/v1/admin/moderators/" + monaId + "/regions", Map.of("regions", List.of("atlantis")),
                max).violations()).singleElement().asString().startsWith("regions");
        long partnerUser = accounts.findByEmail(partner.email()).orElseThrow().id();
        assertThat(api.put("/api/v1/admin/moderators/" + partnerUser + "/regions", Map.of("regions", List.of("ru")),
                max).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/admin/moderators/" + monaId + "/regions", Map.of("regions", List.of()),
                partner.token()).status()).isEqualTo(403);

        // one submission per region of the solution, each in its region's queue
        Api.Response submitted = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token());
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(201);
        assertThat(submitted.text("region")).isEqualTo("global");
        long global = submitted.body().path("id").asLong();
        JsonNode history = api.get("/api/v1/solutions/" + code + "/submissions", partner.token()).body()
                .path("items");
        assertThat(history.size()).isEqualTo(2);
        long russia = -1;
        for (JsonNode s : history) {
            assertThat(s.path("revisionId").asLong()).isEqualTo(submitted.body().path("revisionId").asLong());
            if ("ru".equals(s.path("region").asString())) {
                russia = s.path("id").asLong();
            }
        }
        assertThat(russia).isPositive();

        // mona's queue is her region's; "all" is every region's; a claim elsewhere is refused
        List<JsonNode> hers = queue(mona, null);
        assertThat(hers).allMatch(e -> "ru".equals(e.path("region").asString()));
        assertThat(ids(hers)).contains(russia).doesNotContain(global);
        assertThat(ids(queue(mona, "all"))).contains(russia, global);
        assertThat(ids(queue(milo, null))).as("a moderator without a region works every region")
                .contains(russia, global);
        Api.Response elsewhere = api.post("/api/v1/moderation/submissions/" + global + "/claim", Map.of(), mona);
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.text("detail")).contains("global");

        // approved in the global region: not yet published, the partner told it waits for the other region
        assertThat(api.post("/api/v1/moderation/submissions/" + global + "/claim", Map.of(), milo).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/moderation/submissions/" + global + "/approval", Map.of(), milo).status())
                .isEqualTo(200);
        assertThat(revisions.listing(code)).isEmpty();
        assertThat(api.get("/api/v1/solutions/" + code, partner.token()).body().path("solution").path("status")
                .asString()).isEqualTo("on_moderation");
        TestMail.await(partner.email(), "in one of its regions");
        assertThat(api.get("/api/v1/solutions/" + code + "/submissions/current", partner.token()).text("region"))
                .isEqualTo("ru");
        JsonNode review = api.get("/api/v1/moderation/submissions/" + russia, mona).body();
        assertThat(review.path("regions").toString()).contains("\"approved\"").contains("\"queued\"");

        // M-05: the chat stays per region
        assertThat(api.post("/api/v1/moderation/chats/" + partner.code() + "/ru/messages",
                Map.of("body", "Please add the Russian installation steps.", "submissionId", russia), mona).status())
                .isEqualTo(201);
        assertThat(api.get("/api/v1/chats/ru/messages", partner.token()).body().toString())
                .contains("Russian installation steps");
        assertThat(api.get("/api/v1/chats/global/messages", partner.token()).body().toString())
                .doesNotContain("Russian installation steps");

        // approved in Russia too: published
        assertThat(api.post("/api/v1/moderation/submissions/" + russia + "/claim", Map.of(), mona).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/moderation/submissions/" + russia + "/approval", Map.of(), mona).status())
                .isEqualTo(200);
        assertThat(revisions.listing(code)).isPresent();
        TestMail.await(partner.email(), "passed moderation and is published");

        // the manager's page assigns regions with a form
        MockHttpSession manager = signIn(maxEmail, PASSWORD);
        String page = mvc.perform(get("/manage/moderators").param("lang", "en").session(manager)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Moderators").contains("name=\"region\"");
        mvc.perform(post("/manage/moderators/" + monaId + "/regions").param("region", "global").param("region", "ru")
                .with(csrf()).session(manager));
        assertThat(moderatorRegions.of(monaId)).containsExactly("global", "ru");
        String queuePage = mvc.perform(get("/moderation").param("lang", "en").session(signIn(monaEmail, PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        assertThat(queuePage).contains("My regions: Global, Russia");
        // the count reads as English: "1 submission waits", "3 submissions wait", never "submission(s)"
        assertThat(queuePage).containsPattern("(1 submission waits|[02-9]\\d* submissions wait|1\\d+ submissions wait"
                + "|No submissions wait), oldest first").doesNotContain("(s)");
    }

    @Test
    void aRegionIsAddedOnlyWhereTheSolutionsPricingPolicyExists() {
        String admin = adminToken();
        String region = uniqueCode("freeonly");
        assertThat(api.post("/api/v1/admin/regions", Map.of("code", region, "name", "Free Land " + region,
                "mandatoryLanguage", "en"), admin).status()).isEqualTo(201);
        Api.Response offered = api.put("/api/v1/admin/regions/" + region + "/pricing-policies",
                Map.of("pricingPolicies", List.of("free")), admin);
        assertThat(offered.status()).as(offered.body().toString()).isEqualTo(200);
        assertThat(offered.body().path("pricingPolicies").toString()).isEqualTo("[\"free\"]");
        assertThat(api.put("/api/v1/admin/regions/" + region + "/pricing-policies",
                Map.of("pricingPolicies", List.of("gratis")), admin).violations())
                .containsExactly("pricingPolicies S-05");

        PartnerLogin partner = registerPartner("pricingregion");
        String code = api.post("/api/v1/solutions", Map.of("appCode", "paid_app", "region", "global", "type",
                "REST_API"), partner.token()).text("code");
        api.patch("/api/v1/solutions/" + code + "/card", Map.of("pricingPolicy", "additional_paid_functionality"),
                partner.token());
        // S-05: the paid policy does not exist there
        Api.Response refused = api.post("/api/v1/solutions/" + code + "/regions", Map.of("region", region),
                partner.token());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.violations()).containsExactly("region S-05");
        assertThat(refused.body().path("violations").get(0).path("message").asString())
                .contains("Free Land " + region).contains("Contains additional paid functionality");
        // with a policy the region offers, it is added
        api.patch("/api/v1/solutions/" + code + "/card", Map.of("pricingPolicy", "free"), partner.token());
        Api.Response added = api.post("/api/v1/solutions/" + code + "/regions", Map.of("region", region),
                partner.token());
        assertThat(added.status()).as(added.body().toString()).isEqualTo(200);
        assertThat(added.body().path("regions").toString()).contains(region);
    }
}
