package org.souk.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.demo.DemoSolution;
import org.souk.identity.UserAccounts;
import org.souk.solution.CardPatch;
import org.souk.solution.CardText;
import org.souk.solution.SolutionCards;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A kept check report reads in the language of whoever opens it, not of whoever ran the checks. */
class CheckReportLanguageTest extends IntegrationTest {

    @Autowired
    DemoSolution demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    SolutionCards cards;

    @Test
    void aReportRunInEnglishReadsInRussianInTheRussianUi() throws Exception {
        ModerationFixture fixture = new ModerationFixture(api, demo, users, accounts, outbound);
        PartnerLogin partner = approvedPartner("rureport");
        String code = fixture.solution(partner, "russian_report");
        cards.update(fixture.user(partner.email()), code, new CardPatch(null, null,
                Map.of("en", new CardText(null, null, null, null, "", null)), null, null, null, null, null, null));
        // "Check now" through the API, which asks for no language: the report is made in English
        Api.Response report = api.post("/api/v1/solutions/" + code + "/checks", Map.of(), partner.token());
        assertThat(report.body().path("findings").toString()).contains("card.texts.en.installation")
                .contains("Fill it in");

        String page = mvc.perform(get("/partner/solutions/" + code + "/checks").locale(Locale.forLanguageTag("ru"))
                .session(signIn(partner.email(), PASSWORD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("не заполнено").contains("Заполните его").doesNotContain("is empty")
                .doesNotContain("Fill it in");
        assertRulesAreTags(page, "the check report");
    }
}
