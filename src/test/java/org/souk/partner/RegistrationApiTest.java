package org.souk.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.TestMail;


/** Registration through the public API (P-01, P-03, P-04) as a partner's program would do it. */
class RegistrationApiTest extends IntegrationTest {

    @Test
    void aCompleteFormRegistersAPendingPartnerAndSignsTheUserIn() {
        String code = uniqueCode("reg");
        Map<String, Object> form = registration(code);

        Api.Response created = api.post("/api/v1/partners", form, null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("code")).isEqualTo(code);
        assertThat(created.text("status")).isEqualTo("pending");
        assertThat(created.body().path("codeChangeable").asBoolean()).isTrue();
        // P-04: the same client is signed in at once (session cookie)
        Api.Response me = api.get("/api/v1/me", null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("partner").path("code").asString()).isEqualTo(code);
        assertThat(me.body().path("partner").path("role").asString()).isEqualTo("owner");
        // P-02: the e-mail is the address of notifications
        assertThat(TestMail.body(TestMail.await((String) form.get("email"), "Welcome to Souk"))).contains(code)
                .contains("pending");
    }

    @Test
    void anEmptyFormNamesEveryFieldAndRule() {
        Api.Response response = api.post("/api/v1/partners", Map.of(), null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.violations()).contains("firstName P-01", "lastName P-01", "email P-01", "phone P-01",
                "partnerCode P-03", "companyName P-01", "companyWebsite P-01", "consent P-01", "password ");
        assertThat(response.body().path("violations").get(0).path("message").asString()).startsWith("P-01: ");
    }

    @Test
    void badValuesAreRefusedWithTheirRule() {
        Map<String, Object> form = new HashMap<>(registration(uniqueCode("bad")));
        form.put("email", "not-an-email");
        form.put("phone", "call me");
        form.put("companyWebsite", "javascript:alert(1)");
        form.put("password", "short");
        form.put("consent", false);

        Api.Response response = api.post("/api/v1/partners", form, null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.violations()).containsExactlyInAnyOrder("email P-01", "phone P-01", "companyWebsite P-01",
                "password ", "consent P-01");
    }

    @Test
    void thePartnerCodeFollowsP03() {
        String code = uniqueCode("Case");
        Map<String, Object> form = new HashMap<>(registration(code.toLowerCase()));
        form.put("partnerCode", code.toUpperCase());
        Api.Response created = api.post("/api/v1/partners", form, null);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("code")).isEqualTo(code.toLowerCase());

        // unique regardless of case
        Map<String, Object> again = new HashMap<>(registration(uniqueCode("other")));
        again.put("partnerCode", code);
        Api.Response taken = api.post("/api/v1/partners", again, null);
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.violations()).containsExactly("partnerCode P-03");
        assertThat(taken.body().path("violations").get(0).path("message").asString()).contains("taken");

        for (String bad : new String[] { "admin", "1starts_with_digit", "a", "has-dash", "x".repeat(33), "bitrix24" }) {
            Api.Response check = api.get("/api/v1/partners/code-availability?code=" + bad, null);
            assertThat(check.status()).isEqualTo(200);
            assertThat(check.body().path("available").asBoolean()).as(bad).isFalse();
            assertThat(check.text("message")).as(bad).startsWith("P-03");
        }
        Api.Response free = api.get("/api/v1/partners/code-availability?code=" + uniqueCode("Free"), null);
        assertThat(free.body().path("available").asBoolean()).isTrue();
    }

    @Test
    void anEmailRegisteredBeforeIsRefused() {
        PartnerLogin first = registerPartner("dup");
        Map<String, Object> form = new HashMap<>(registration(uniqueCode("dup")));
        form.put("email", first.email().toUpperCase());

        Api.Response response = api.post("/api/v1/partners", form, null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.violations()).containsExactly("email P-01");
    }
}
