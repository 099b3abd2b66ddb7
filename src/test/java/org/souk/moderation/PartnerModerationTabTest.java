package org.souk.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.demo.DemoSolution;
import org.souk.identity.UserAccounts;
import org.souk.solution.CardPatch;
import org.souk.solution.CardText;
import org.souk.solution.SolutionCards;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.souk.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The partner's side of moderation as it reads: the chats page, the sentence after submitting, the solution's
 * overview and its Moderation tab agreeing on what the draft lacks, in the words of the form with the rule as
 * a tag; and the moderators' numbers, which are theirs too.
 */
class PartnerModerationTabTest extends IntegrationTest {

    @Autowired
    DemoSolution demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    SolutionCards cards;

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theChatsPageOpensBeforeARegionIsChosen() throws Exception {
        PartnerLogin partner = approvedPartner("chatlist");
        String chats = page(signIn(partner.email(), PASSWORD), "/partner/chats");
        assertThat(chats).contains("Global");
        // and says what to do there, rather than showing the regions' names alone
        assertThat(chats).contains("id=\"choose-region\"")
                .contains("Choose a region above to open your conversation with its moderators.");
    }

    @Test
    void moderatorsReadTheNumbersWithRegionsByName() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        String email = uniqueCode("statsmod") + "@souk.test";
        String token = fixture.moderator(email);
        assertThat(api.get("/api/v1/moderation/stats", token).status()).isEqualTo(200);
        PartnerLogin partner = approvedPartner("statspartner");
        fixture.signAgreements(partner);
        String code = fixture.solution(partner, "counted_app");
        assertThat(api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token()).status())
                .isEqualTo(201);

        String stats = page(signIn(email, PASSWORD), "/moderation/stats");
        assertThat(stats).contains("<td>Global</td>").doesNotContain("<td>global</td>");
    }

    @Test
    void afterSubmittingThePartnerReadsASentence() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        PartnerLogin partner = approvedPartner("flash");
        fixture.signAgreements(partner);
        String code = fixture.solution(partner, "flashed_app");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        Object notice = mvc.perform(post("/partner/solutions/" + code + "/moderation/submit").with(csrf()).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("notice");
        assertThat((String) notice).startsWith("Submitted for moderation: the moderators now have the draft");
    }

    @Test
    void theOverviewAndTheModerationTabAgreeOnWhatIsMissing() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        PartnerLogin partner = approvedPartner("gaps");
        fixture.signAgreements(partner);
        String code = fixture.solution(partner, "gappy_app");
        // the English installation and support emptied: C-25 blocks, whatever page the partner looks at
        cards.update(fixture.user(partner.email()), code, new CardPatch(null, null,
                Map.of("en", new CardText(null, null, null, null, "", "")), null, null, null, null, null, null));
        MockHttpSession session = signIn(partner.email(), PASSWORD);

        String overview = page(session, "/partner/solutions/" + code);
        assertThat(overview).contains("Fill in “Installation (English)”.");

        String tab = page(session, "/partner/solutions/" + code + "/moderation");
        assertThat(tab).contains("id=\"missing\"").doesNotContain("The checks find no blocker")
                .contains("Installation (English):").contains("Support (English):")
                // the rule is a tag that opens its text, not the start of the sentence; no field paths
                .contains("href=\"/rules/C-25\"").doesNotContain("C-25: This field")
                .doesNotContain("card.texts.en.installation");
        assertThat(api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token()).body()
                .path("violations").toString()).contains("card.texts.en.installation").contains("C-25");
    }

    @Test
    void theReturnEmailSaysWhatTheRulesItNamesAre() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        PartnerLogin partner = approvedPartner("ruledmail");
        fixture.signAgreements(partner);
        String code = fixture.solution(partner, "mailed_app");
        long id = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token()).body().path("id")
                .asLong();
        String mona = fixture.moderator(uniqueCode("mailmod") + "@souk.test");
        assertThat(api.post("/api/v1/moderation/submissions/" + id + "/claim", Map.of(), mona).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/moderation/submissions/" + id + "/return", Map.of("comment",
                "[C-17] Say where the gateway key is entered."), mona).status()).isEqualTo(200);

        String mail = TestMail.body(TestMail.await(partner.email(), "returned for revision"));
        assertThat(mail).contains("C-17: Installation description: the steps to start using it")
                .contains("/rules/C-17");
    }
}
