package org.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.identity.UserAccounts;
import org.souk.review.ReviewFixture;
import org.souk.solution.Revisions;
import org.souk.solution.Solutions;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;

/**
 * Issue 15 in the catalog: tiles, the solution page and the API show the average and the count of the ratings;
 * the sort by rating and "top rated" go by the smoothed score (one 5 is below three ratings averaging 4.7); a
 * new rating changes the cached page and its ETag at once.
 */
class CatalogRatingTest extends IntegrationTest {

    @Autowired
    Revisions revisions;
    @Autowired
    Solutions solutions;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;

    CatalogFixture catalog;
    ReviewFixture reviews;

    @BeforeEach
    void fixtures() {
        catalog = new CatalogFixture(api, mvc, revisions);
        reviews = new ReviewFixture(api, solutions, revisions, users, accounts, adminToken());
    }

    private String published(PartnerLogin partner, String appCode, String title, String word) {
        String code = catalog.add(partner, new CatalogFixture.CardSpec(appCode, Map.of("en",
                CatalogFixture.text(title, "Rated by the customers of " + word + ".", word)),
                List.of("integrations.sms"), List.of("sms"), "FREE"));
        catalog.publish(code);
        return code;
    }

    private HttpResponse<String> fetch(String path, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void averageAndCountShowAndTheSmoothedScoreSortsAndANewRatingChangesTheCachedPage() throws Exception {
        PartnerLogin partner = approvedPartner("stars");
        String word = "wallabyrate" + partner.code().replace("_", "");
        String single = published(partner, "single", "Single Five " + word, word);
        String many = published(partner, "many", "Many Good " + word, word);
        String none = published(partner, "none", "Nobody Rated " + word, word);

        reviews.rated(single, 5, "Perfect.");
        reviews.rated(many, 5, "Very good.");
        reviews.rated(many, 5, null);
        reviews.rated(many, 4, "Good, a little slow.");

        // the API: average, count, and the order of the smoothed score (3.77 > 3.64 > 3.5), not of the average
        JsonNode byRating = api.get("/api/v1/catalog/solutions?partner=" + partner.code() + "&sort=rating", null)
                .body();
        List<String> order = new ArrayList<>();
        byRating.path("items").forEach(item -> order.add(item.path("code").asString()));
        assertThat(order).containsExactly(many, single, none);
        JsonNode first = byRating.path("items").get(0);
        assertThat(first.path("ratingAverage").asDouble()).isEqualTo(4.7);
        assertThat(first.path("ratingCount").asLong()).isEqualTo(3);
        assertThat(byRating.path("items").get(2).path("ratingCount").asLong()).isZero();
        JsonNode solution = api.get("/api/v1/catalog/solutions/" + many, null).body();
        assertThat(solution.path("ratingAverage").asDouble()).isEqualTo(4.7);
        assertThat(solution.path("ratingCount").asLong()).isEqualTo(3);

        // the search page sorts the same and its tiles show average and count
        HttpResponse<String> search = fetch("/search?q=" + word + "&sort=rating", null);
        String results = search.body();
        assertThat(results.indexOf("Many Good")).isPositive().isLessThan(results.indexOf("Single Five"));
        assertThat(results.indexOf("Single Five")).isLessThan(results.indexOf("Nobody Rated"));
        assertThat(results).contains("3 ratings").contains("1 rating").contains("4.7 out of 5 stars")
                .contains("Best rated");

        // the solution page: average, count, the distribution of stars, schema.org AggregateRating
        HttpResponse<String> page = fetch("/apps/" + many, null);
        assertThat(page.body()).contains("Ratings and reviews").contains("3 ratings").contains("Good, a little slow.")
                .contains("\"@type\":\"AggregateRating\"").contains("\"ratingValue\":4.7")
                .contains("\"ratingCount\":3").contains("width: 67%").contains("width: 33%");
        assertThat(fetch("/apps/" + none, null).body()).contains("No ratings yet.")
                .doesNotContain("AggregateRating");

        // "top rated" on the home page, by the same score
        assertThat(fetch("/", null).body()).contains("id=\"top-rated-heading\"");

        // a new rating: the page kept for anonymous visitors changes at once, the old ETag no longer matches
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(fetch("/apps/" + many, etag).statusCode()).isEqualTo(304);
        reviews.rated(many, 1, "Stopped working for us.");
        HttpResponse<String> changed = fetch("/apps/" + many, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("4 ratings").contains("Stopped working for us.");
        // and the order: 5, 5, 4 and 1 score 3.57, below the single 5's 3.64
        JsonNode after = api.get("/api/v1/catalog/solutions?partner=" + partner.code() + "&sort=rating", null).body()
                .path("items");
        assertThat(after.get(0).path("code").asString()).isEqualTo(single);
        assertThat(after.get(1).path("code").asString()).isEqualTo(many);
        assertThat(after.get(1).path("ratingCount").asLong()).isEqualTo(4);
    }

    @Test
    void theReviewsApiInOneLanguageIsKeptForEveryoneAndChangesWithANewReview() throws Exception {
        PartnerLogin partner = approvedPartner("langkept");
        String word = "quokkalang" + partner.code().replace("_", "");
        String code = published(partner, "kept", "Kept Reviews " + word, word);
        reviews.rated(code, 5, "Works well for our whole team.");
        reviews.rated(code, 4, "Теперь работает быстро и надёжно.");
        String path = "/api/v1/catalog/solutions/" + code + "/reviews?lang=ru";
        HttpResponse<String> first = fetch(path, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Теперь работает быстро").doesNotContain("Works well");
        // the same answer for every anonymous caller, as without ?lang=: kept under the catalog's generation (its
        // ETag, not one of the body), no cookie, and 304 before anything is read
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("W/\"c");
        assertThat(fetch(path, etag).statusCode()).isEqualTo(304);
        assertThat(fetch("/api/v1/catalog/solutions/" + code + "/reviews?lang=en", null).body())
                .contains("Works well").doesNotContain("Теперь");
        // a page's ?lang= still switches the visitor's language and keeps it in a cookie
        assertThat(fetch("/apps/" + code + "?lang=ru", null).headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("souk-lang=ru");

        // a new review in Russian: the kept answer changes at once
        reviews.rated(code, 3, "Иногда медленно открывается утром.");
        HttpResponse<String> changed = fetch(path, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Иногда медленно открывается");
    }
}
