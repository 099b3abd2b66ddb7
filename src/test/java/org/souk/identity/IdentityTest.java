package org.souk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

import jakarta.mail.Message;

/** Sign-in, lockout, password links, personal access tokens, CSRF and session fixation. */
class IdentityTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenWorksUntilItIsRevokedAndShowsItsLastUse() {
        PartnerLogin partner = registerPartner("token");
        Api.Response me = api.get("/api/v1/me", partner.token());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("email")).isEqualTo(partner.email());
        assertThat(me.body().path("roles").get(0).asString()).isEqualTo("partner");

        Api.Response tokens = api.get("/api/v1/tokens", partner.token());
        assertThat(tokens.body().path("total").asLong()).isEqualTo(1);
        assertThat(tokens.body().path("items").get(0).path("lastUsedAt").isNull()).isFalse();
        assertThat(tokens.body().toString()).doesNotContain(partner.token());
        long id = tokens.body().path("items").get(0).path("id").asLong();

        // the database keeps only a hash
        assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ? or token_hint = ?",
                Integer.class, partner.token(), partner.token())).isZero();

        assertThat(api.delete("/api/v1/tokens/" + id, partner.token()).status()).isEqualTo(204);
        Api.Response refused = api.get("/api/v1/me", partner.token());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("detail")).contains("revoked");
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        PartnerLogin partner = registerPartner("wrongpw");
        Api.Response response = api.post("/api/v1/tokens",
                Map.of("email", partner.email(), "password", "not-the-password", "name", "x"), null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aLockedLoginStaysLockedForItsPeriod() throws Exception {
        PartnerLogin partner = registerPartner("lock");
        for (int i = 0; i < 3; i++) { // souk.security.lockout.max-failures=3 in the test profile
            api.post("/api/v1/tokens", Map.of("email", partner.email(), "password", "wrong-" + i, "name", "x"), null);
        }
        // the right password is refused while the lock lasts, through the API and the form
        Api.Response locked = api.post("/api/v1/tokens",
                Map.of("email", partner.email(), "password", PASSWORD, "name", "x"), null);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.text("detail")).contains("locked");
        mvc.perform(post("/login").with(csrf()).param("username", partner.email()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        Object until = jdbc.queryForObject("select locked_until from app_user where email = ?", Object.class,
                partner.email());
        assertThat(until).isNotNull();

        // when the period is over (moved into the past here rather than waited for), the login works again
        jdbc.update("update app_user set locked_until = current_timestamp - interval '1' minute where email = ?",
                partner.email());
        assertThat(api.post("/api/v1/tokens", Map.of("email", partner.email(), "password", PASSWORD, "name", "x"),
                null).status()).isEqualTo(201);
    }

    @Test
    void aPasswordIsResetOnceThroughTheEmailedLink() throws Exception {
        PartnerLogin partner = registerPartner("reset");
        assertThat(api.post("/api/v1/password-resets", Map.of("email", partner.email()), null).status())
                .isEqualTo(202);
        // an unknown address gets the same answer
        assertThat(api.post("/api/v1/password-resets", Map.of("email", "nobody@nowhere.example"), null).status())
                .isEqualTo(202);
        Message mail = TestMail.await(partner.email(), "Reset your Souk password");
        String link = TestMail.link(mail, "/password/set");
        assertThat(link).startsWith("http://localhost:" + port + "/password/set?token=");
        String token = link.substring(link.indexOf("token=") + 6);

        mvc.perform(get("/password/set").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"newPassword\"")));
        // a weak password is refused and the link stays usable
        mvc.perform(post("/password/set").with(csrf()).param("token", token).param("newPassword", "short")
                .param("confirmPassword", "short")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("10 to 128")));
        mvc.perform(post("/password/set").with(csrf()).param("token", token).param("newPassword", "a-new-password-2")
                .param("confirmPassword", "a-new-password-2")).andExpect(redirectedUrl("/home"));

        assertThat(api.post("/api/v1/tokens", Map.of("email", partner.email(), "password", PASSWORD, "name", "x"),
                null).status()).isEqualTo(401);
        assertThat(api.token(partner.email(), "a-new-password-2")).startsWith("souk_pat_");
        // single use
        mvc.perform(get("/password/set").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("has been used, or has expired")));
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        PartnerLogin partner = registerPartner("expired");
        api.post("/api/v1/password-resets", Map.of("email", partner.email()), null);
        String link = TestMail.link(TestMail.await(partner.email(), "Reset your Souk password"), "/password/set");
        jdbc.update("update password_link set expires_at = current_timestamp - interval '1' minute where user_id = "
                + "(select id from app_user where email = ?)", partner.email());

        mvc.perform(post("/password/set").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6))
                .param("newPassword", "a-new-password-3").param("confirmPassword", "a-new-password-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("has been used, or has expired")));
        assertThat(api.token(partner.email(), PASSWORD)).startsWith("souk_pat_");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        PartnerLogin partner = registerPartner("change");
        Api.Response wrong = api.put("/api/v1/me/password",
                Map.of("currentPassword", "nope", "newPassword", "another-password-9"), partner.token());
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body().path("violations").get(0).path("field").asString()).isEqualTo("currentPassword");

        assertThat(api.put("/api/v1/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "another-password-9"), partner.token()).status())
                .isEqualTo(204);
        assertThat(api.token(partner.email(), "another-password-9")).startsWith("souk_pat_");
    }

    @Test
    void formsNeedTheCsrfTokenAndSignInChangesTheSessionId() throws Exception {
        PartnerLogin partner = registerPartner("csrf");
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        mvc.perform(post("/account/tokens").param("name", "no csrf").session(session))
                .andExpect(status().isForbidden());
        // the API through a browser session needs it too; a bearer token does not
        mvc.perform(post("/api/v1/partners/me/users").session(session).contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());

        MockHttpSession anonymous = new MockHttpSession();
        String before = anonymous.getId();
        var result = mvc.perform(post("/login").with(csrf()).session(anonymous).param("username", partner.email())
                .param("password", PASSWORD)).andExpect(redirectedUrl("/home")).andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void administratorsInviteStaffWhoSetTheirPasswordByEmail() throws Exception {
        String email = uniqueCode("mod") + "@staff.example.com";
        Api.Response created = api.post("/api/v1/admin/users",
                Map.of("email", email, "firstName", "Mo", "lastName", "Derator", "role", "MODERATOR"), adminToken());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("passwordSet").asBoolean()).isFalse();

        String link = TestMail.link(TestMail.await(email, "You are invited"), "/password/set");
        mvc.perform(post("/password/set").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6))
                .param("newPassword", "moderator-password-1").param("confirmPassword", "moderator-password-1"))
                .andExpect(redirectedUrl("/home"));
        Api.Response me = api.get("/api/v1/me", api.token(email, "moderator-password-1"));
        assertThat(me.body().path("roles").get(0).asString()).isEqualTo("moderator");

        Api.Response partnerRole = api.post("/api/v1/admin/users",
                Map.of("email", "x" + email, "firstName", "P", "lastName", "Q", "role", "PARTNER"), adminToken());
        assertThat(partnerRole.status()).isEqualTo(422);
        PartnerLogin partner = registerPartner("notadmin");
        assertThat(api.post("/api/v1/admin/users", Map.of("email", "y" + email, "firstName", "P", "lastName", "Q",
                "role", "MANAGER"), partner.token()).status()).isEqualTo(403);
    }
}
