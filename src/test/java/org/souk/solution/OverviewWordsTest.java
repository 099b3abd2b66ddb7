package org.souk.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** What the solution's overview and card page say, as a partner reads them before and while on moderation. */
class OverviewWordsTest extends IntegrationTest {

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
    void recentChangesSayWhatChangedAndWhoChangedIt() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        PartnerLogin partner = approvedPartner("changes");
        String code = fixture.solution(partner, "changed_app");
        MockHttpSession session = signIn(partner.email(), PASSWORD);

        String overview = page(session, "/partner/solutions/" + code);
        assertThat(overview).contains("Card saved, by " + partner.email()).contains("Icon replaced, by ")
                .contains("Screenshot added, by ").contains("Version saved, by ").doesNotContain("Saved by system");
        // the Test tab is there, not promised for a later release
        assertThat(overview).doesNotContain("comes with the installation release")
                .contains("href=\"/partner/solutions/" + code + "/test\"");

        // a save that changes nothing is no change
        int before = api.get("/api/v1/solutions/" + code, partner.token()).body().path("changes").size();
        cards.update(fixture.user(partner.email()), code, new CardPatch(null, null, Map.of(), null, null, null, null,
                null, null));
        assertThat(api.get("/api/v1/solutions/" + code, partner.token()).body().path("changes").size())
                .isEqualTo(before);
    }

    @Test
    void aFrozenCardDoesNotInviteSaving() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        PartnerLogin partner = approvedPartner("frozen");
        fixture.signAgreements(partner);
        String code = fixture.solution(partner, "frozen_app");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        assertThat(page(session, "/partner/solutions/" + code + "/card")).contains("Save as often as you like");

        assertThat(api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token()).status())
                .isEqualTo(201);
        assertThat(page(session, "/partner/solutions/" + code + "/card")).doesNotContain("Save as often as you like");
    }
}
