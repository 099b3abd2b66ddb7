package org.souk.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.souk.analytics.FiguresRolledUp;
import org.souk.identity.UserAccounts;
import org.souk.review.ReviewFixture;
import org.souk.solution.Revisions;
import org.souk.solution.Solutions;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15 in the catalog: "Popular" goes by the active installations of the last 30 days, "Trending" by their
 * growth over 7 days (only what grows), both from the analytics module's daily rows once a roll-up is heard; the
 * generation the cached pages are keyed by moves when a rank changed, not when the same ranks come again nor on a
 * page view.
 */
class CatalogPopularityTest extends IntegrationTest {

    @Autowired
    Solutions solutions;
    @Autowired
    Revisions revisions;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogGeneration generation;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    private String partner;

    @Test
    void popularByActiveInstallationsTrendingByGrowthAndTheGenerationMovesOnlyWhenARankDoes() throws Exception {
        ReviewFixture fixture = new ReviewFixture(api, solutions, revisions, users, accounts, adminToken());
        PartnerLogin login = approvedPartner("popular");
        partner = login.code();
        String steady = fixture.published(login, "steady");
        String rising = fixture.published(login, "rising");
        String quiet = fixture.published(login, "quiet");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // steady: 20 active every day of the 30; rising: 5 a week ago, 15 today (and a test account's 100, counted
        // nowhere)
        for (int back = 0; back < 30; back++) {
            row(steady, today.minusDays(back), false, 20);
        }
        for (int back = 0; back <= 7; back++) {
            row(rising, today.minusDays(back), false, 15 - (10 * back) / 7);
            row(rising, today.minusDays(back), true, 100);
        }
        rolledUp();
        await(() -> codes("popular").equals(List.of(steady, rising, quiet)));
        assertThat(codes("trending")).containsExactly(rising);
        assertThat(fetch("/").body()).contains("id=\"trending-heading\"");

        // the same ranks again, and a page view: the generation stays
        long before = generation.current().value();
        rolledUp();
        Thread.sleep(1500);
        assertThat(fetch("/apps/" + steady).statusCode()).isEqualTo(200);
        assertThat(generation.current().value()).isEqualTo(before);

        // quiet grows past both: the order changes at the next roll-up, and the generation with it
        for (int back = 0; back < 30; back++) {
            row(quiet, today.minusDays(back), false, back < 7 ? 100 : 1);
        }
        rolledUp();
        await(() -> codes("popular").equals(List.of(quiet, steady, rising)));
        assertThat(generation.current().value()).isGreaterThan(before);
        assertThat(codes("trending")).containsExactly(quiet, rising);
    }

    private void row(String code, LocalDate day, boolean test, long active) {
        jdbc.sql("INSERT INTO analytics_day (solution_code, on_day, region, test, active) VALUES (?, ?, 'global', ?, ?)")
                .params(code, day, test, active).update();
    }

    private void rolledUp() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new FiguresRolledUp(List.of(LocalDate.now(ZoneOffset.UTC)))));
    }

    private List<String> codes(String sort) {
        List<String> codes = new ArrayList<>();
        api.get("/api/v1/catalog/solutions?partner=" + partner + "&sort=" + sort, null).body().path("items")
                .forEach(item -> codes.add(item.path("code").asString()));
        return codes;
    }

    private HttpResponse<String> fetch(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(end);
            Thread.sleep(100);
        }
    }
}
