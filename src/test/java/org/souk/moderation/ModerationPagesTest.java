package org.souk.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.demo.DemoSolution;
import org.souk.identity.UserAccounts;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The pages of moderation as the partner and the moderator use them in a browser (forms with CSRF). */
class ModerationPagesTest extends IntegrationTest {

    @Autowired
    DemoSolution demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    org.souk.notify.Notifications notifications;

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aPartnerSubmitsFromItsTabAndAModeratorReturnsItFromTheReviewPage() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        PartnerLogin partner = approvedPartner("modpages");
        String code = fixture.solution(partner, "paged_app");
        MockHttpSession partnerSession = signIn(partner.email(), PASSWORD);

        // the button says what is missing: the agreements (P-08)
        String tab = page(partnerSession, "/partner/solutions/" + code + "/moderation");
        assertThat(tab).contains("P-08").contains("id=\"submit\"").contains("disabled");

        fixture.signAgreements(partner);
        assertThat(page(partnerSession, "/partner/solutions/" + code + "/moderation")).doesNotContain("id=\"missing\"");
        mvc.perform(post("/partner/solutions/" + code + "/moderation/submit").with(csrf()).session(partnerSession))
                .andExpect(status().is3xxRedirection());
        tab = page(partnerSession, "/partner/solutions/" + code + "/moderation");
        assertThat(tab).contains("id=\"position\"").contains("id=\"cancel\"");

        String moderatorEmail = uniqueCode("pagemod") + "@souk.test";
        fixture.moderator(moderatorEmail);
        MockHttpSession moderator = signIn(moderatorEmail, PASSWORD);
        String queue = page(moderator, "/moderation?region=global");
        assertThat(queue).contains(code);
        long id = api.get("/api/v1/solutions/" + code + "/submissions/current", partner.token()).body().path("id")
                .asLong();

        String review = page(moderator, "/moderation/submissions/" + id);
        assertThat(review).contains("id=\"claim\"").contains("demo-key-123").doesNotContain("id=\"decision\"")
                .contains("id=\"install-test\"");
        mvc.perform(post("/moderation/submissions/" + id + "/claim").with(csrf()).session(moderator))
                .andExpect(status().is3xxRedirection());
        review = page(moderator, "/moderation/submissions/" + id);
        assertThat(review).contains("id=\"decision\"").contains("data-insert-into=\"#comment\"").contains("C-01");

        mvc.perform(post("/moderation/submissions/" + id + "/decision").with(csrf()).session(moderator)
                .param("outcome", "return").param("comment", "[C-17] Name the settings page.")
                .param("field.1", "card.texts.en.installation").param("remark.1", "Where is the key entered?")
                .param("checklist[C-01]", "pass")).andExpect(status().is3xxRedirection());

        // the partner sees the comment on the tab and beside the field on the card page
        assertThat(page(partnerSession, "/partner/solutions/" + code + "/moderation"))
                .contains("Name the settings page.");
        String card = page(partnerSession, "/partner/solutions/" + code + "/card");
        assertThat(card).contains("id=\"moderator-remarks\"").contains("href=\"#installation-en\"")
                .contains("Where is the key entered?");

        // the chat on both sides
        mvc.perform(post("/partner/chats/global").with(csrf()).session(partnerSession).param("body", "Done, see v1."))
                .andExpect(status().is3xxRedirection());
        assertThat(page(moderator, "/moderation/chats")).contains(partner.code()).contains("1 unread");
        assertThat(page(moderator, "/moderation/chats/" + partner.code() + "/global")).contains("Done, see v1.");
        assertThat(page(partnerSession, "/partner/chats/global")).contains("Done, see v1.");
        assertThat(page(partnerSession, "/notifications")).contains("returned for revision");
    }

    @Test
    void aLongListOfNotificationsIsPaged() throws Exception {
        PartnerLogin partner = registerPartner("modpager");
        long userId = new ModerationFixture(api, demo, users, accounts, outbound).user(partner.email()).id();
        for (int i = 0; i < 55; i++) {
            notifications.add(userId, "Notice " + i, "/partner");
        }
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        assertThat(page(session, "/notifications")).contains("class=\"pagination\"").contains("Notice 54")
                .doesNotContain("Notice 4<");
        assertThat(page(session, "/notifications?page=1")).contains("Notice 4<").contains("Page 2 of 2");
    }

    @Test
    void managersKeepTheCannedResponsesAndReadTheNumbers() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        String managerEmail = uniqueCode("pagemgr") + "@souk.test";
        fixture.manager(managerEmail);
        MockHttpSession manager = signIn(managerEmail, PASSWORD);
        mvc.perform(post("/moderation/canned").with(csrf()).session(manager).param("rule", "F-02")
                .param("title", "Asks for the password").param("body", "Use OAuth 2.0; never ask for the password."))
                .andExpect(status().is3xxRedirection());
        assertThat(page(manager, "/moderation/canned")).contains("Asks for the password");
        assertThat(api.get("/api/v1/moderation/canned-responses", fixture.manager(uniqueCode("m2") + "@souk.test"))
                .body().toString()).contains("F-02");
        // a bad rule id keeps what was typed and names the field
        mvc.perform(post("/moderation/canned").with(csrf()).session(manager).param("rule", "nonsense")
                .param("title", "Kept title").param("body", "Kept body")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("rule")))
                .andExpect(flash().attribute("draft", new org.souk.moderation.CannedResponses.Form("nonsense",
                        "Kept title", "Kept body")));
        assertThat(page(manager, "/moderation/stats")).contains("Numbers of moderation");
        assertThat(api.post("/api/v1/moderation/canned-responses", Map.of("title", "x", "body", "y"),
                api.token(ADMIN_EMAIL, ADMIN_PASSWORD)).status()).isEqualTo(201);
    }
}
