package org.souk.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalog generation is read from the database at most once per {@code souk.catalog.generation-max-age}, not on
 * every request: a change made on another node (here: the row changed by SQL, as another node's transaction
 * does) shows on this node's kept pages once that age has passed; one made on this node at once.
 */
class CatalogGenerationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Value("${souk.catalog.generation-max-age}")
    Duration maxAge;

    /** What another node's change does to the row: bumped and, its index having taken it, settled. */
    private void changedOnAnotherNode() {
        jdbc.sql("UPDATE catalog_generation SET generation = generation + 1, indexed = generation + 1, "
                + "changed_at = CURRENT_TIMESTAMP WHERE id = 1").update();
    }

    private long row() {
        return jdbc.sql("SELECT generation FROM catalog_generation WHERE id = 1").query(Long.class).single();
    }

    @Test
    void anotherNodesChangeShowsInTheKeptPagesAfterTheMaxAge() throws Exception {
        assertThat(maxAge).isEqualTo(Duration.ofSeconds(1));
        HttpResponse<String> before = fetch("/", null);
        String etag = before.headers().firstValue("ETag").orElseThrow();

        changedOnAnotherNode();
        String changed = "W/\"c" + row() + "-";
        Thread.sleep(maxAge.toMillis() + 200);
        // the first request after the age reads the row: a new ETag, and the old one no longer answers 304
        HttpResponse<String> after = fetch("/", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag").orElseThrow()).startsWith(changed);
        assertThat(fetch("/", after.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
    }

    @Test
    void theRowIsReadOncePerAgeAndAgainAtOnceAfterAChangeOfThisNode() throws Exception {
        CatalogGeneration kept = new CatalogGeneration(jdbc, dataSource, Duration.ofHours(1));
        long first = kept.current().value();
        assertThat(first).isEqualTo(row());

        // within the age the copy is used: no read, so another node's change is not seen yet
        changedOnAnotherNode();
        assertThat(kept.current().value()).isEqualTo(first);

        // a change made through this instance shows at once, with every change before it
        kept.bumpIndexed();
        assertThat(kept.current().value()).isEqualTo(row()).isEqualTo(first + 2);
        assertThat(kept.current().settled()).isTrue();

        // a short age: another node's change shows once it has passed
        CatalogGeneration shortLived = new CatalogGeneration(jdbc, dataSource, Duration.ofMillis(300));
        long now = shortLived.current().value();
        changedOnAnotherNode();
        Thread.sleep(400);
        assertThat(shortLived.current().value()).isEqualTo(now + 1);

        // 0: read on every call
        CatalogGeneration always = new CatalogGeneration(jdbc, dataSource, Duration.ZERO);
        always.current();
        changedOnAnotherNode();
        assertThat(always.current().value()).isEqualTo(row());
    }

    private HttpResponse<String> fetch(String path, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
