package org.souk.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.mock.web.MockHttpSession;

/** A partner user never reads or changes another partner's data, through any page or API path. */
class PartnerIsolationTest extends IntegrationTest {

    @Test
    void anotherPartnersDataIsOutOfReach() throws Exception {
        PartnerLogin alice = registerPartner("alice");
        PartnerLogin bob = registerPartner("bob");
        long bobsUser = api.get("/api/v1/me", bob.token()).body().path("id").asLong();

        // the manager paths
        assertThat(api.get("/api/v1/admin/partners", alice.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/partners/" + bob.code(), alice.token()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/partners/" + alice.code() + "/approval", Map.of(), alice.token()).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/admin/mailbox", alice.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/users", alice.token()).status()).isEqualTo(403);
        // "me" is always one's own partner
        assertThat(api.get("/api/v1/partners/me", alice.token()).text("code")).isEqualTo(alice.code());
        assertThat(api.get("/api/v1/partners/me/users", alice.token()).body().toString()).doesNotContain(bob.email());
        // a user id of another partner is unknown in one's own account
        Api.Response remove = api.delete("/api/v1/partners/me/users/" + bobsUser, alice.token());
        assertThat(remove.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/me", bob.token()).status()).isEqualTo(200);

        MockHttpSession session = signIn(alice.email(), PASSWORD);
        mvc.perform(get("/manage/partners/" + bob.code()).session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/manage/partners").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/mailbox").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallsAreRefusedAsProblems() {
        Api.Response me = api.get("/api/v1/partners/me", null);
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/admin/partners", null).status()).isEqualTo(401);
    }
}
