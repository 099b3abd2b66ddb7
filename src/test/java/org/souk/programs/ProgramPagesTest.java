package org.souk.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.souk.identity.Role;
import org.souk.identity.UserAccounts;
import org.souk.solution.Revisions;
import org.souk.solution.Solutions;
import org.souk.solution.TechnologyType;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The pages of programs as a partner, a manager and a visitor use them in a browser (forms with CSRF). */
class ProgramPagesTest extends IntegrationTest {

    @Autowired
    Solutions solutions;
    @Autowired
    Revisions revisions;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;

    private String page(MockHttpSession session, String path) throws Exception {
        var request = get(path);
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPartnerSeesTheTermAsksOnThePageAndAManagerGrantsIt() throws Exception {
        ProgramFixture fixture = new ProgramFixture(api, solutions, revisions, users, accounts);
        PartnerLogin partner = approvedPartner("pgpages");
        String code = fixture.published(partner, "paged_app", TechnologyType.REST_API);
        MockHttpSession session = signIn(partner.email(), PASSWORD);

        String empty = page(session, "/partner/programs");
        assertThat(empty).contains("id=\"program-request\"").contains("id=\"no-grants\"").contains("hx-get=");
        // nothing chosen yet: the panel asks for a purpose, and does not list "choose a purpose." as a fault already;
        // the select's first line is short enough to read on a phone
        String panel = empty.substring(empty.indexOf("id=\"term\""));
        assertThat(panel.substring(0, panel.indexOf("</section>"))).contains("Choose a purpose to see the term.")
                .contains("alert-info").doesNotContain("choose a purpose.").doesNotContain("<li");
        assertThat(empty).contains("<option value=\"\">Choose…</option>");
        // the term panel says which term applies and why, before sending
        assertThat(page(session, "/partner/programs/term?purpose=FIRST_APPLICATION&newAccount=true"))
                .contains("id=\"term\"").contains("you already have published applications");
        assertThat(page(session, "/partner/programs/term?purpose=PUBLISHED_APPLICATIONS&newAccount=true"))
                .contains("6 months");

        // a broken rule is named beside its field, with its rule id
        String refused = mvc.perform(post("/partner/programs").with(csrf()).session(session)
                .param("purpose", "CRM_PRESET").param("newAccount", "true")).andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("is-invalid").contains("G-01");
        String noPurpose = mvc.perform(post("/partner/programs").with(csrf()).session(session)
                .param("newAccount", "true")).andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(noPurpose).contains("is-invalid").contains("choose a purpose.");

        mvc.perform(post("/partner/programs").with(csrf()).session(session).param("purpose", "PUBLISHED_APPLICATIONS")
                .param("newAccount", "true").param("note", "Support of our customers."))
                .andExpect(status().is3xxRedirection());
        assertThat(page(session, "/partner/programs")).contains("id=\"grants\"").contains("waiting for review");

        String managerEmail = uniqueCode("pgmgr") + "@souk.test";
        fixture.staff(managerEmail, Role.MANAGER);
        MockHttpSession manager = signIn(managerEmail, PASSWORD);
        String queue = page(manager, "/manage/programs");
        assertThat(queue).contains(partner.code()).contains("Support of our customers.").contains("data-confirm");
        long id = api.get("/api/v1/partners/me/programs", partner.token()).body().path("items").get(0).path("id")
                .asLong();
        mvc.perform(post("/manage/programs/" + id + "/grant").with(csrf()).session(manager))
                .andExpect(status().is3xxRedirection());
        String granted = page(session, "/partner/programs");
        assertThat(granted).contains("active").contains("/partner/programs/" + id + "/extension");
        mvc.perform(post("/partner/programs/" + id + "/extension").with(csrf()).session(session))
                .andExpect(status().is3xxRedirection());
        assertThat(api.get("/api/v1/partners/me/programs", partner.token()).body().path("items").get(0)
                .path("extensions").asInt()).isEqualTo(1);

        // the complaint form of a published solution is public; the moderators' tab lists complaints
        assertThat(page(null, "/apps/" + code + "/complaint")).contains("id=\"complaint\"")
                .contains("asks for the platform password");
        mvc.perform(get("/apps/nobody.nothing/complaint")).andExpect(status().isNotFound());
        String moderatorEmail = uniqueCode("pgmod") + "@souk.test";
        fixture.staff(moderatorEmail, Role.MODERATOR);
        assertThat(page(signIn(moderatorEmail, PASSWORD), "/moderation/complaints")).contains("Complaints");
    }
}
