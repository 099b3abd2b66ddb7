package org.souk.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.identity.UserAccounts;
import org.souk.install.PartnerApp;
import org.souk.install.internal.RestUsageRows;
import org.souk.review.ReviewFixture;
import org.souk.solution.Revisions;
import org.souk.solution.Solutions;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;

/**
 * Issue 15's numbers from the first install to the partner's tab: customers install, one updates and rates, one
 * uninstalls, a test account installs, a browser views the page twice (the second answer from the page cache) and
 * a bot once, someone presses Install, the app calls the REST API; one roll-up makes the day's rows, and the API,
 * the CSV and the Analytics tab show the same figures, test accounts apart. A second roll-up and a backfill give
 * the same rows again.
 */
class AnalyticsFlowTest extends IntegrationTest {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36";
    static final String BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    @Autowired
    Solutions solutions;
    @Autowired
    Revisions revisions;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    RollUpJob job;
    @Autowired
    Hits hits;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RestUsageRows restUsage;

    ReviewFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ReviewFixture(api, solutions, revisions, users, accounts, adminToken());
    }

    @Test
    void installsUpdatesRatingsViewsClicksAndRestCallsBecomeTheDaysRowsOnTheTabTheApiAndTheCsv() throws Exception {
        PartnerLogin partner = approvedPartner("numbers");
        String code = fixture.published(partner, "counted_app");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        // a new solution has no figures: the tab says so
        MockHttpSession session = signIn(partner.email(), PASSWORD);
        assertThat(html(session, "/partner/solutions/" + code + "/analytics")).contains("id=\"analytics-empty\"")
                .doesNotContain("id=\"analytics-days\"");

        // customer A installs, gets version 2 and rates; customer B installs and uninstalls
        ReviewFixture.Customer a = fixture.customer("numbers-a");
        ReviewFixture.Customer b = fixture.customer("numbers-b");
        fixture.install(a, code);
        fixture.install(b, code);
        assertThat(api.post("/api/v1/solutions/" + code + "/versions", Map.of(), partner.token()).status())
                .isEqualTo(201);
        assertThat(api.patch("/api/v1/solutions/" + code + "/versions/2", Map.of("scopes", List.of("crm")),
                partner.token()).status()).isEqualTo(200);
        revisions.publish(revisions.freeze(code).id());
        Api.Response updated = api.post("/api/v1/accounts/" + a.domain() + "/installations/" + code + "/update",
                Map.of(), a.token());
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        assertThat(fixture.rate(a, code, 4, "Does what it says.").status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/accounts/" + b.domain() + "/installations/" + code, b.token()).status())
                .isEqualTo(200);

        // the partner's own test account installs it too: shown apart, never among the customers' figures
        String testDomain = api.post("/api/v1/test-accounts", Map.of(), partner.token()).text("domain");
        assertThat(api.post("/api/v1/accounts/" + testDomain + "/installations", Map.of("solution", code),
                partner.token()).status()).isEqualTo(201);

        // A's app called the REST API three times (as the install module's usage flush adds them to the day)
        long installation = jdbc.sql("SELECT i.id FROM installation i JOIN customer_account c ON c.id = i.account_id "
                + "WHERE c.domain = ? AND i.solution_code = ?").params(a.domain(), code).query(Long.class).single();
        restUsage.add(LocalDate.now(ZoneOffset.UTC), Map.of(installation, new long[] { 2, 0 }));
        restUsage.add(LocalDate.now(ZoneOffset.UTC), Map.of(installation, new long[] { 1, 0 }));

        // a browser views the page twice (the second from the page cache), a bot once; Install is pressed once
        // (the return after signing in is the same click)
        assertThat(visit("/apps/" + code, BROWSER)).isEqualTo(200);
        assertThat(visit("/apps/" + code, BROWSER)).isEqualTo(200);
        assertThat(visit("/apps/" + code, BOT)).isEqualTo(200);
        assertThat(visit("/apps/" + code, null)).isEqualTo(200);
        assertThat(visit("/install/" + code, BROWSER)).isEqualTo(302);
        visit("/install/" + code + "?continue", BROWSER);
        hits.flush();

        job.rollUp(List.of(LocalDate.now(ZoneOffset.UTC)));
        JsonNode report = api.get("/api/v1/solutions/" + code + "/analytics", partner.token()).body();
        JsonNode day = report.path("days").get(report.path("days").size() - 1);
        assertThat(day.path("day").asString()).isEqualTo(today);
        assertThat(figures(day)).containsExactly(2L, 1L, 1L, 1L, 2L, 1L, 1L, 3L);
        assertThat(figures(report.path("total"))).containsExactly(2L, 1L, 1L, 1L, 2L, 1L, 1L, 3L);
        assertThat(figures(report.path("testAccounts"))).containsExactly(1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(report.path("days")).hasSize(30);
        assertThat(report.path("byRegion").get(0).path("region").asString()).isEqualTo("global");
        assertThat(report.path("byRegion").get(0).path("name").asString()).isEqualTo("Global");

        // the CSV of the same rows, customers and test accounts each on its line
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/solutions/" + code + "/analytics"))
                .header("Accept", "text/csv").header("Authorization", "Bearer " + partner.token()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("day,region,audience,installs,uninstalls,active,updates,views,"
                + "install_clicks,ratings,rest_calls\r\n")
                .contains(today + ",global,customers,2,1,1,1,2,1,1,3\r\n")
                .contains(today + ",global,test_accounts,1,0,1,0,0,0,0,0\r\n");
        assertThat(html(session, "/partner/solutions/" + code + "/analytics.csv?days=90"))
                .contains(today + ",global,customers,2,1,1,1,2,1,1,3");

        // the tab: the same figures in the table, in English and in Russian
        String tab = html(session, "/partner/solutions/" + code + "/analytics");
        assertThat(tab).contains("id=\"analytics-days\"").contains("data-day=\"" + today + "\"")
                .contains("Active installations").contains("Test accounts (not in the figures above)")
                .contains("/dist/uPlot.iife.min.js\"").doesNotContain("id=\"analytics-empty\"");
        assertThat(row(tab, today)).containsExactly("1", "2", "1", "1", "2", "1", "1", "3");
        String russian = html(session, "/partner/solutions/" + code + "/analytics?days=365&lang=ru");
        assertThat(russian).contains("Активные установки").contains("Последние 365 дней");

        // rolled up again, and rebuilt by a manager's backfill: the same rows, nothing counted twice
        job.rollUp(List.of(LocalDate.now(ZoneOffset.UTC)));
        jdbc.sql("DELETE FROM analytics_day WHERE solution_code = ?").param(code).update();
        Api.Response backfill = api.post("/api/v1/admin/analytics/backfill?from=" + today, Map.of(), adminToken());
        assertThat(backfill.status()).as(backfill.body().toString()).isEqualTo(200);
        assertThat(backfill.body().path("days").asInt()).isEqualTo(1);
        JsonNode again = api.get("/api/v1/solutions/" + code + "/analytics?from=" + today + "&to=" + today,
                partner.token()).body();
        assertThat(figures(again.path("total"))).containsExactly(2L, 1L, 1L, 1L, 2L, 1L, 1L, 3L);

        // the market's totals hold the solution's figures
        JsonNode market = api.get("/api/v1/admin/analytics?from=" + today + "&to=" + today, adminToken()).body();
        assertThat(market.path("total").path("installs").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(market.path("testAccounts").path("installs").asLong()).isGreaterThanOrEqualTo(1);
        MockHttpSession admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(html(admin, "/manage/analytics")).contains("id=\"analytics-days\"").contains("id=\"backfill-form\"");

        // a period the API cannot give is refused, naming the field
        Api.Response tooLong = api.get("/api/v1/solutions/" + code + "/analytics?from=2020-01-01&to=" + today,
                partner.token());
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body().toString()).contains("\"field\":\"from\"");
        assertThat(api.get("/api/v1/solutions/" + code + "/analytics?to=yesterday", partner.token()).body().toString())
                .contains("\"field\":\"to\"");
    }

    /**
     * An update made the way a customer makes it, against the partner's app on its own server (the install tests'
     * {@link PartnerApp}): it counts on the day in the partner's figures, a backfill of the day gives the same, and
     * rewording the audit log's line of it changes nothing (the roll-up counts the stored update, not that text).
     */
    @Test
    void anUpdateCountsOnItsDayFromItsStoredRecordNotFromTheAuditLogsWording() throws Exception {
        try (PartnerApp app = new PartnerApp(port, 200)) {
            outbound.add(app.hostPort());
            PartnerLogin partner = approvedPartner("updates");
            Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", "updated_app", "region", "global",
                    "type", "REST_API"), partner.token());
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            String code = created.text("code");
            Map<String, Object> card = Map.of("scopes", List.of("crm"), "installableWithoutAdmin", true, "appUrl",
                    app.url("/app"), "handlerUrl", app.url("/handler"));
            assertThat(api.patch("/api/v1/solutions/" + code + "/versions/1", card, partner.token()).status())
                    .isEqualTo(200);
            revisions.publish(revisions.freeze(code).id());
            ReviewFixture.Customer customer = fixture.customer("updating");
            fixture.install(customer, code);
            assertThat(app.nextEvent()).containsEntry("event", "ONAPPINSTALL");

            // the partner publishes version 2; the customer takes it, the app hears ONAPPUPDATE
            assertThat(api.post("/api/v1/solutions/" + code + "/versions", Map.of(), partner.token()).status())
                    .isEqualTo(201);
            assertThat(api.patch("/api/v1/solutions/" + code + "/versions/2", card, partner.token()).status())
                    .isEqualTo(200);
            revisions.publish(revisions.freeze(code).id());
            Api.Response updated = api.post("/api/v1/accounts/" + customer.domain() + "/installations/" + code
                    + "/update", Map.of(), customer.token());
            assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
            assertThat(app.nextEvent()).containsEntry("event", "ONAPPUPDATE").containsEntry("data[VERSION]", "2")
                    .containsEntry("data[PREVIOUS_VERSION]", "1");

            // the roll-up: one update today, among the customers' figures
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            job.rollUp(List.of(today));
            assertThat(updatesOn(partner, code, today)).isEqualTo(1);

            // a backfill of the day from the stored records: the same
            jdbc.sql("DELETE FROM analytics_day WHERE solution_code = ?").param(code).update();
            assertThat(updatesOn(partner, code, today)).isZero();
            Api.Response backfill = api.post("/api/v1/admin/analytics/backfill?from=" + today, Map.of(), adminToken());
            assertThat(backfill.status()).as(backfill.body().toString()).isEqualTo(200);
            assertThat(updatesOn(partner, code, today)).isEqualTo(1);

            // the audit log's line reworded (its old form was what the roll-up parsed): still one
            assertThat(jdbc.sql("UPDATE audit_event SET detail = ? WHERE action = 'app.updated' AND subject_id = ?")
                    .params("Version 2 of " + code + " taken (was 1)", customer.domain()).update()).isEqualTo(1);
            job.rollUp(List.of(today));
            assertThat(updatesOn(partner, code, today)).isEqualTo(1);
            assertThat(api.post("/api/v1/admin/analytics/backfill?from=" + today, Map.of(), adminToken()).status())
                    .isEqualTo(200);
            assertThat(updatesOn(partner, code, today)).isEqualTo(1);
        }
    }

    /** The customers' updates of the solution on the day, as its partner reads them through the API. */
    private long updatesOn(PartnerLogin partner, String code, LocalDate day) {
        JsonNode report = api.get("/api/v1/solutions/" + code + "/analytics?from=" + day + "&to=" + day,
                partner.token()).body();
        assertThat(report.path("days")).hasSize(1);
        assertThat(report.path("days").get(0).path("day").asString()).isEqualTo(day.toString());
        return report.path("days").get(0).path("updates").asLong(-1);
    }

    @Test
    void onlyTheOwningPartnersMembersAndManagersReadASolutionsFigures() throws Exception {
        PartnerLogin owner = approvedPartner("owner");
        PartnerLogin other = approvedPartner("other");
        String code = fixture.published(owner, "private_numbers");
        assertThat(api.get("/api/v1/solutions/" + code + "/analytics", owner.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/solutions/" + code + "/analytics", other.token()).status()).isEqualTo(404);
        Api.Response anonymous = new Api(port).get("/api/v1/solutions/" + code + "/analytics", null);
        assertThat(anonymous.status()).as(anonymous.body().toString()).isEqualTo(401);
        ReviewFixture.Customer customer = fixture.customer("curious");
        assertThat(api.get("/api/v1/solutions/" + code + "/analytics", customer.token()).status()).isIn(403, 404);
        assertThat(api.get("/api/v1/solutions/" + code + "/analytics", adminToken()).status()).isEqualTo(200);
        // the market's totals are the managers'
        assertThat(api.get("/api/v1/admin/analytics", owner.token()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/analytics/backfill", Map.of(), owner.token()).status()).isEqualTo(403);
        // the pages: another partner's tab and CSV are not found, the market page is not a partner's
        MockHttpSession session = signIn(other.email(), PASSWORD);
        mvc.perform(get("/partner/solutions/" + code + "/analytics").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/partner/solutions/" + code + "/analytics.csv").session(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/manage/analytics").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void browsersAreCountedRobotsAndScriptsAreNot() {
        assertThat(HitCounter.browser(BROWSER)).isTrue();
        assertThat(HitCounter.browser("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).isTrue();
        assertThat(HitCounter.browser(BOT)).isFalse();
        assertThat(HitCounter.browser("Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)")).isFalse();
        assertThat(HitCounter.browser("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "HeadlessChrome/131.0.0.0 Safari/537.36")).isFalse();
        assertThat(HitCounter.browser("curl/8.5.0")).isFalse();
        assertThat(HitCounter.browser(null)).isFalse();
    }

    private int visit(String path, String userAgent) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (userAgent != null) {
            request.header("User-Agent", userAgent);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<Long> figures(JsonNode node) {
        return List.of("installs", "uninstalls", "active", "updates", "views", "installClicks", "ratings", "restCalls")
                .stream().map(name -> node.path(name).asLong(-1)).toList();
    }

    /** The cells of the table's row of the day: active, installs, uninstalls, updates, views, clicks, ratings, REST. */
    private static List<String> row(String html, String day) {
        String from = html.substring(html.indexOf("data-day=\"" + day + "\""));
        String tr = from.substring(0, from.indexOf("</tr>"));
        return java.util.regex.Pattern.compile("<td>(\\d+)</td>").matcher(tr).results().map(m -> m.group(1)).toList();
    }
}
