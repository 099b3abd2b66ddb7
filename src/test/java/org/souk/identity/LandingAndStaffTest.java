package org.souk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * Where each role lands after signing in, the generated password replaced before anything else, and the
 * administrator changing a staff user's role and deactivating one, on the page and through the API.
 */
class LandingAndStaffTest extends IntegrationTest {

    @Autowired
    UserAccounts accounts;

    private UserAccount user(String prefix, Role role) {
        return accounts.create(new NewUser(uniqueCode(prefix) + "@souk.test", "Sam", "Staff", PASSWORD, role));
    }

    private void landsOn(String email, String password, String page) throws Exception {
        mvc.perform(get("/home").session(signIn(email, password))).andExpect(redirectedUrl(page));
    }

    @Test
    void eachRoleLandsWhereItsWorkIs() throws Exception {
        landsOn(user("moderator", Role.MODERATOR).email(), PASSWORD, "/moderation");
        landsOn(user("manager", Role.MANAGER).email(), PASSWORD, "/manage/partners");
        landsOn(ADMIN_EMAIL, ADMIN_PASSWORD, "/admin/users");
        landsOn(user("customer", null).email(), PASSWORD, "/accounts");
        landsOn(registerPartner("landing").email(), PASSWORD, "/partner");
    }

    @Test
    void aGeneratedPasswordIsReplacedBeforeAnythingElse() throws Exception {
        UserAccount admin = user("generated", Role.ADMINISTRATOR);
        accounts.requirePasswordChange(admin.id());
        MockHttpSession session = signIn(admin.email(), PASSWORD);

        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        String form = mvc.perform(get("/account/password").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("id=\"first-sign-in\"");

        mvc.perform(post("/account/password").with(csrf()).session(session).param("currentPassword", PASSWORD)
                .param("newPassword", "my-own-password-1").param("confirmPassword", "my-own-password-1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
        assertThat(accounts.mustChangePassword(admin.id())).isFalse();
    }

    @Test
    void theAdministratorChangesARoleAndDeactivatesAUser() throws Exception {
        UserAccount moderator = user("promoted", Role.MODERATOR);
        MockHttpSession admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        Object notice = mvc.perform(post("/admin/users/" + moderator.id() + "/role").with(csrf()).session(admin)
                .param("role", "MANAGER")).andExpect(status().is3xxRedirection()).andReturn().getFlashMap()
                .get("notice");
        assertThat((String) notice).isEqualTo(moderator.email() + " is now: Market manager.");
        String token = api.token(moderator.email(), PASSWORD);
        assertThat(api.get("/api/v1/admin/partners", token).status()).isEqualTo(200);

        String adminToken = adminToken();
        Api.Response back = api.put("/api/v1/admin/users/" + moderator.id() + "/role", Map.of("role", "MODERATOR"),
                adminToken);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body().path("roles").get(0).asString()).isEqualToIgnoringCase("MODERATOR");
        Api.Response partnerRole = api.put("/api/v1/admin/users/" + moderator.id() + "/role", Map.of("role", "PARTNER"),
                adminToken);
        assertThat(partnerRole.status()).isEqualTo(422);
        assertThat(partnerRole.violations()).singleElement().asString().startsWith("role");

        Api.Response deactivated = api.post("/api/v1/admin/users/" + moderator.id() + "/deactivation", Map.of(),
                adminToken);
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.body().path("enabled").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/moderation/queue", token).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/tokens", Map.of("email", moderator.email(), "password", PASSWORD, "name", "x"),
                null).status()).isBetween(400, 403);

        long me = api.get("/api/v1/me", adminToken).body().path("id").asLong();
        assertThat(api.post("/api/v1/admin/users/" + me + "/deactivation", Map.of(), adminToken).status())
                .isEqualTo(409);
        String staff = mvc.perform(get("/admin/users").session(admin)).andReturn().getResponse().getContentAsString();
        assertThat(staff).doesNotContain("/admin/users/" + me + "/deactivate");
    }
}
