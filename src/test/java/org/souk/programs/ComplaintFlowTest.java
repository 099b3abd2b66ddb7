package org.souk.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.identity.Role;
import org.souk.identity.UserAccounts;
import org.souk.solution.Revisions;
import org.souk.solution.Solutions;
import org.souk.solution.TechnologyType;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;

/**
 * G-03: complaints from signed-in users (API) and anonymous visitors (the page, limited per address) reach the
 * moderators' queue; a moderator asks the partner in the chat and removes the solution from the complaints page;
 * repeated confirmed complaints put the partner before the managers, who end its sandbox (G-01).
 */
class ComplaintFlowTest extends IntegrationTest {

    @Autowired
    Solutions solutions;
    @Autowired
    Revisions revisions;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;

    ProgramFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ProgramFixture(api, solutions, revisions, users, accounts);
    }

    private static Map<String, Object> complaint(String reason, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        body.put("text", text);
        return body;
    }

    private JsonNode inQueue(String moderator, String code) {
        for (JsonNode c : api.get("/api/v1/moderation/complaints?region=global&size=200", moderator).body()
                .path("items")) {
            if (c.path("solutionCode").asString().equals(code)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void aComplaintLeadsToARemovalThroughTheModeratorsPageAndRepeatedOnesEndTheSandbox() throws Exception {
        PartnerLogin partner = approvedPartner("cmpl");
        String first = fixture.published(partner, "bad_app", TechnologyType.REST_API);
        String second = fixture.published(partner, "worse_app", TechnologyType.REST_API);
        fixture.published(partner, "good_app", TechnologyType.REST_API);
        PartnerLogin customer = approvedPartner("cmplcustomer");
        String moderatorEmail = uniqueCode("cmod") + "@souk.test";
        String moderator = fixture.staff(moderatorEmail, Role.MODERATOR);
        String manager = fixture.staff(uniqueCode("cmgr") + "@souk.test", Role.MANAGER);

        // the partner has a sandbox for its published applications
        Map<String, Object> request = new HashMap<>(Map.of("purpose", "PUBLISHED_APPLICATIONS", "newAccount", true));
        long sandbox = api.post("/api/v1/partners/me/programs", request, partner.token()).body().path("id").asLong();
        assertThat(api.post("/api/v1/admin/programs/requests/" + sandbox + "/grant", Map.of(), manager).status())
                .isEqualTo(200);

        // the solution's page in the catalog leads to the complaint form
        assertThat(mvc.perform(get("/apps/" + first)).andReturn().getResponse().getContentAsString())
                .contains("/apps/" + first + "/complaint");

        // a signed-in user complains through the API; the reason comes from the list and the text is required
        Api.Response invalid = api.post("/api/v1/catalog/solutions/" + first + "/complaints",
                complaint(null, "short"), customer.token());
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.violations()).contains("reason G-03", "text G-03");
        assertThat(api.post("/api/v1/catalog/solutions/" + first + "/complaints",
                complaint("ASKS_FOR_PASSWORD", "It asks for my platform password on the first screen."), null).status())
                .isIn(401, 403);
        Api.Response filed = api.post("/api/v1/catalog/solutions/" + first + "/complaints",
                complaint("ASKS_FOR_PASSWORD", "It asks for my platform password on the first screen."),
                customer.token());
        assertThat(filed.status()).as(filed.body().toString()).isEqualTo(201);
        assertThat(filed.text("region")).isEqualTo("global");
        assertThat(filed.text("status")).isEqualTo("open");

        // the moderators' own queue; asking the partner posts in the region's chat
        JsonNode queued = inQueue(moderator, first);
        assertThat(queued).isNotNull();
        long id = queued.path("id").asLong();
        Api.Response asked = api.post("/api/v1/moderation/complaints/" + id + "/question",
                Map.of("message", "Why does the app ask for the password?"), moderator);
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(200);
        assertThat(asked.text("askedAt")).isNotBlank();
        assertThat(api.get("/api/v1/chats/global/messages", partner.token()).body().toString())
                .contains("Why does the app ask for the password?").contains(first);

        // the moderator removes the solution from the complaints page (M-06): the partner is told
        MockHttpSession session = signIn(moderatorEmail, PASSWORD);
        String page = mvc.perform(get("/moderation/complaints?region=global").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"complaint-" + id + "\"").contains("data-confirm");
        mvc.perform(post("/moderation/complaints/" + id + "/removal").with(csrf()).session(session)
                .param("note", "[G-03] Asks for the platform password.")).andExpect(status().is3xxRedirection());
        assertThat(revisions.listing(first)).isEmpty();
        assertThat(inQueue(moderator, first)).isNull();
        TestMail.await(partner.email(), first);

        // anonymous complaints on the page: a few per hour from one address, then 429
        String address = "10.77." + (System.nanoTime() % 200) + ".9";
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/apps/" + second + "/complaint").with(csrf()).with(r -> {
                r.setRemoteAddr(address);
                return r;
            }).param("reason", "DOES_NOT_WORK").param("text", "Nothing happens after the install, number " + i))
                    .andExpect(status().is3xxRedirection());
        }
        String limited = mvc.perform(post("/apps/" + second + "/complaint").with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).param("reason", "DOES_NOT_WORK").param("text", "Nothing happens after the install, again."))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(limited).contains("Too many complaints");

        // a second confirmed complaint: the managers see the partner and end its sandbox
        long other = inQueue(moderator, second).path("id").asLong();
        assertThat(api.post("/api/v1/moderation/complaints/" + other + "/removal",
                Map.of("reason", "Does not work at all."), moderator).status()).isEqualTo(200);
        JsonNode complained = null;
        for (JsonNode p : api.get("/api/v1/admin/programs/complained-partners?size=200", manager).body()
                .path("items")) {
            if (p.path("partnerCode").asString().equals(partner.code())) {
                complained = p;
            }
        }
        assertThat(complained).isNotNull();
        assertThat(complained.path("confirmed").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(complained.path("sandboxes").get(0).path("id").asLong()).isEqualTo(sandbox);
        Api.Response ended = api.post("/api/v1/admin/programs/grants/" + sandbox + "/end",
                Map.of("reason", "The agreement was ended after complaints."), manager);
        assertThat(ended.status()).as(ended.body().toString()).isEqualTo(200);
        assertThat(ended.text("endReason")).isEqualTo("complaints");
        assertThat(TestMail.body(TestMail.await(partner.email(), "has ended"))).contains("complaints");
    }
}
