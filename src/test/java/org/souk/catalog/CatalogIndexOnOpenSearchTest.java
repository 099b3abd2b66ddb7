package org.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.souk.support.OnOpenSearch;
import org.souk.support.OpenSearchNode;

/** {@link CatalogIndexTest} on OpenSearch, and what is published while OpenSearch is down is not lost. */
@OnOpenSearch
class CatalogIndexOnOpenSearchTest extends CatalogIndexTest {

    @Test
    void aSolutionPublishedWhileOpenSearchIsDownIsFoundOnceItIsBack() throws Exception {
        PartnerLogin partner = approvedPartner("restart");
        OpenSearchNode node = OpenSearchNode.shared();
        node.stop();
        try {
            publishedSolution(partner, "Capybara");
            assertThat(api.get(INDEX, adminToken()).body().path("waiting").asLong()).isPositive();
        } finally {
            node.start();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (found("capybara", partner) != 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(found("capybara", partner)).isEqualTo(1);
        assertThat(api.get(INDEX, adminToken()).body().path("waiting").asLong()).isZero();
    }
}
