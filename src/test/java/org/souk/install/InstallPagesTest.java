package org.souk.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.identity.NewUser;
import org.souk.identity.UserAccounts;
import org.souk.solution.Revisions;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The pages: Install (consent), the account with its apps, update available, Open in a frame, the Test page. */
class InstallPagesTest extends IntegrationTest {

    @Autowired
    Revisions revisions;

    @Autowired
    UserAccounts users;

    @Test
    void consentInstallUpdateOpenAndTheTestPage() throws Exception {
        try (PartnerApp app = new PartnerApp(port, 200)) {
            outbound.add(app.hostPort());
            PartnerLogin partner = approvedPartner("pages");
            Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", "paged", "region", "global",
                    "type", "REST_API"), partner.token());
            String code = created.text("code");
            api.patch("/api/v1/solutions/" + code + "/versions/1", Map.of("scopes", List.of("crm", "vote"),
                    "appUrl", app.url("/app"), "handlerUrl", app.url("/handler")), partner.token());
            assertThat(api.patch("/api/v1/solutions/" + code + "/card", Map.of("texts", Map.of("en", Map.of("title",
                    "Paged Helper"))), partner.token()).status()).isEqualTo(200);
            revisions.publish(revisions.freeze(code).id());

            String email = uniqueCode("pg") + "@customers.example.com";
            users.create(new NewUser(email, "Paula", "Page", PASSWORD, null));
            String domain = uniqueCode("pg").replace('_', '-') + ".example.com";
            assertThat(api.post("/api/v1/admin/accounts", Map.of("domain", domain, "adminEmail", email), adminToken())
                    .status()).isEqualTo(201);
            MockHttpSession session = signIn(email, PASSWORD);

            String consent = mvc.perform(get("/install/" + code).session(session)).andReturn().getResponse()
                    .getContentAsString();
            assertThat(consent).contains("read and change the CRM").contains("use the &quot;vote&quot; section")
                    .contains("Free.").contains("id=\"install\"");
            mvc.perform(post("/install/" + code).session(session).with(csrf()).param("domain", domain));
            app.nextEvent();
            String account = mvc.perform(get("/accounts/" + domain).session(session)).andReturn().getResponse()
                    .getContentAsString();
            assertThat(account).contains(code).contains("/open").doesNotContain("Update to version");
            // the customer reads the app's name, its code beside it
            assertThat(account).contains("<strong class=\"d-block\">Paged Helper</strong>");

            // a newer published version: "update available", and ONAPPUPDATE when updating
            api.post("/api/v1/solutions/" + code + "/versions", Map.of(), partner.token());
            revisions.publish(revisions.freeze(code).id());
            assertThat(mvc.perform(get("/accounts/" + domain).session(session)).andReturn().getResponse()
                    .getContentAsString()).contains("Update to version 2");
            mvc.perform(post("/accounts/" + domain + "/apps/" + code + "/update").session(session).with(csrf()));
            Map<String, String> update = app.nextEvent();
            assertThat(update).containsEntry("event", "ONAPPUPDATE").containsEntry("data[VERSION]", "2")
                    .containsEntry("data[PREVIOUS_VERSION]", "1").containsKey("auth[access_token]");

            // Open: the fields of protocol.md POSTed into a frame of the app's origin
            MockHttpServletResponse open = mvc.perform(get("/accounts/" + domain + "/apps/" + code + "/open")
                    .session(session)).andReturn().getResponse();
            assertThat(open.getContentAsString()).contains("name=\"AUTH_ID\"").contains("name=\"REFRESH_ID\"")
                    .contains("name=\"member_id\"").contains("name=\"PLACEMENT\" value=\"DEFAULT\"")
                    .contains("APP_SID=").contains("DOMAIN=" + domain);
            // above the frame: the app's name, and account / app wrapping on a phone instead of running off it
            assertThat(open.getContentAsString()).contains("<title>Paged Helper</title>")
                    .contains("<strong class=\"text-break\">Paged Helper</strong>")
                    .contains("<code class=\"text-break\">" + code + "</code>");
            assertThat(open.getHeader("Content-Security-Policy")).contains("frame-src " + app.url(""));

            // the partner's Test page: a test account, the draft installed on it, the install test
            MockHttpSession partnerSession = signIn(partner.email(), PASSWORD);
            mvc.perform(post("/partner/solutions/" + code + "/test/accounts").session(partnerSession).with(csrf()));
            String test = mvc.perform(get("/partner/solutions/" + code + "/test").session(partnerSession)).andReturn()
                    .getResponse().getContentAsString();
            assertThat(test).contains("souk-test.example").contains("Install the draft").contains("run-install-test")
                    .contains("ONAPPUPDATE");
            // a delivery's state in words of the page's language, not the stored constant
            assertThat(test).containsPattern("<td>(delivered|waiting|failed)</td>").doesNotContain(">DELIVERED<")
                    .doesNotContain(">PENDING<");
            // queued, not run on the request: the page shows the report once the test is done
            Object queued = mvc.perform(post("/partner/solutions/" + code + "/test/run").session(partnerSession)
                    .with(csrf())).andReturn().getFlashMap().get("notice");
            assertThat((String) queued).startsWith("The install test is queued");
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> mvc
                    .perform(get("/partner/solutions/" + code + "/test").session(partnerSession)).andReturn()
                    .getResponse().getContentAsString().contains("id=\"install-test-report\""));
            assertThat(mvc.perform(get("/partner/solutions/" + code + "/test").session(partnerSession)).andReturn()
                    .getResponse().getContentAsString()).contains("id=\"install-test-report\"").contains("passed")
                    .contains("id=\"app-in-browser\"");
        }
    }
}
