package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;

/** The rules' text behind every rule tag, for anyone; and the administrators' checks page naming each rule. */
class RulesPagesTest extends IntegrationTest {

    @Test
    void everyRuleHasItsTextForAnyone() throws Exception {
        String all = mvc.perform(get("/rules")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(all).contains("id=\"C-25\"").contains("id=\"P-08\"").contains("At most 5 categories");
        String one = mvc.perform(get("/rules/C-02")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(one).contains("Rule C-02").contains("At most 5 categories");
        mvc.perform(get("/rules/X-99")).andExpect(status().isNotFound());
    }

    @Test
    void theChecksPageIsInTheAdministrationMenuAndNamesEachRule() throws Exception {
        String page = mvc.perform(get("/admin/checks").session(signIn(ADMIN_EMAIL, ADMIN_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"dropdown-item\" href=\"/admin/checks\"")
                .contains("The title is concise and clear").contains("href=\"/rules/C-01\"");
    }
}
