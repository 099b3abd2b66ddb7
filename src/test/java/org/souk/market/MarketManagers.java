package org.souk.market;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Map;

import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.TestMail;

/** Tests that need a real market manager: invited by the administrator, password set through the e-mailed link. */
abstract class MarketManagers extends IntegrationTest {

    static final String MANAGER_PASSWORD = "manager-password-1";

    record ManagerLogin(String email, String token) {
    }

    protected ManagerLogin manager() throws Exception {
        String email = uniqueCode("mgr") + "@staff.example.com";
        Api.Response created = api.post("/api/v1/admin/users",
                Map.of("email", email, "firstName", "Mia", "lastName", "Nager", "role", "MANAGER"), adminToken());
        if (created.status() != 201) {
            throw new AssertionError("no manager: " + created.status() + " " + created.body());
        }
        String link = TestMail.link(TestMail.await(email, "You are invited"), "/password/set");
        mvc.perform(post("/password/set").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6))
                .param("newPassword", MANAGER_PASSWORD).param("confirmPassword", MANAGER_PASSWORD))
                .andExpect(redirectedUrl("/home"));
        return new ManagerLogin(email, api.token(email, MANAGER_PASSWORD));
    }
}
