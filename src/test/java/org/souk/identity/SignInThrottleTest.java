package org.souk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The per-address throttle beside the per-account lockout: failed sign-ins from one address, whatever login they
 * try, are counted in the database, so a failure another node recorded counts here too.
 */
class SignInThrottleTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Value("${souk.security.address-throttle.max-failures}")
    int maxFailures;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private int failuresOf(String address) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_failure WHERE address = ?", Integer.class, address);
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedEvenWithTheRightPasswordWhileOthersSignIn() throws Exception {
        PartnerLogin partner = registerPartner("throttle");
        String address = "203.0.113." + (1 + (int) (System.nanoTime() % 250));
        jdbc.update("DELETE FROM sign_in_failure WHERE address = ?", address);

        // one fewer than the limit here, on logins that do not exist (so no account gets locked)
        for (int i = 1; i < maxFailures; i++) {
            mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", "nobody" + i + "@example.com")
                    .param("password", "guess-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(failuresOf(address)).isEqualTo(maxFailures - 1);
        // the last one was recorded by another node: it counts as much as those of this one
        jdbc.update("INSERT INTO sign_in_failure (address, failed_at) VALUES (?, ?)", address,
                Timestamp.from(Instant.now()));

        MockHttpSession refused = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).with(from(address)).session(refused).param("username", partner.email())
                .param("password", PASSWORD)).andExpect(redirectedUrl("/login?error"));
        String page = mvc.perform(get("/login").session(refused)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Too many failed sign-ins from your address");
        mvc.perform(post("/api/v1/tokens").with(from(address)).contentType("application/json")
                .content("{\"email\":\"" + partner.email() + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"x\"}"))
                .andExpect(status().isTooManyRequests());

        // the refusals are no further failures, and the account itself is not locked: another address signs in
        assertThat(failuresOf(address)).isEqualTo(maxFailures);
        mvc.perform(post("/login").with(csrf()).with(from("198.51.100.7")).param("username", partner.email())
                .param("password", PASSWORD)).andExpect(redirectedUrl("/home"));

        // once the failures are older than the window, the address may try again
        jdbc.update("UPDATE sign_in_failure SET failed_at = ? WHERE address = ?",
                Timestamp.from(Instant.now().minusSeconds(3600)), address);
        mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", partner.email())
                .param("password", PASSWORD)).andExpect(redirectedUrl("/home"));
    }
}
