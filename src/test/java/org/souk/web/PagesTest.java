package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;

/** Every page opens for the role it is for, in English and in Russian. */
class PagesTest extends IntegrationTest {

    @Test
    void publicPagesOpen() throws Exception {
        for (String path : new String[] { "/", "/login", "/register", "/password/forgot", "/password/set?token=nope" }) {
            mvc.perform(get(path)).andExpect(status().isOk());
            mvc.perform(get(path).param("lang", "ru")).andExpect(status().isOk());
        }
    }

    @Test
    void partnerPagesOpen() throws Exception {
        PartnerLogin partner = registerPartner("pages");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        for (String path : new String[] { "/partner", "/partner/profile", "/partner/users", "/partner/legal-entity",
            "/partner/sales", "/partner/programs", "/partner/reviews", "/partner/webhooks", "/partner/chats",
            "/account/password", "/account/tokens", "/notifications" }) {
            for (String lang : new String[] { "en", "ru" }) {
                String page = mvc.perform(get(path).session(session).param("lang", lang)).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                assertRulesAreTags(page, path + " in " + lang);
            }
        }
    }

    @Test
    void administratorPagesOpen() throws Exception {
        PartnerLogin partner = registerPartner("adminpages");
        MockHttpSession session = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        for (String path : new String[] { "/manage/partners", "/manage/partners/" + partner.code(), "/admin/users",
            "/admin/regions", "/admin/policy", "/admin/mailbox", "/admin/audit", "/account/tokens" }) {
            mvc.perform(get(path).session(session)).andExpect(status().isOk());
            mvc.perform(get(path).session(session).param("lang", "ru")).andExpect(status().isOk());
        }
        // the mailbox says how each e-mail went in the page's language, not as a stored constant
        String mailbox = mvc.perform(get("/admin/mailbox").session(session).param("lang", "ru")).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(mailbox).containsPattern("Кому: \\S+ · (записано в журнал|отправлено|не отправлено)<")
                .doesNotContainPattern("· (LOGGED|SENT|FAILED)<");
    }
}
