package org.souk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.solution.Revisions;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator sees the state of the search index and rebuilds it from the catalog. */
class CatalogIndexTest extends IntegrationTest {

    static final String INDEX = "/api/v1/admin/catalog/index";

    @Autowired
    Revisions revisions;

    @Autowired
    EntityManagerFactory entityManagers;

    CatalogFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CatalogFixture(api, mvc, revisions);
    }

    String publishedSolution(PartnerLogin partner, String word) {
        String code = fixture.add(partner, new CatalogFixture.CardSpec("idx", Map.of("en",
                CatalogFixture.text(word + " Dialer", "Dials " + word + " numbers.", word)),
                List.of("integrations.telephony"), List.of("telephony"), "FREE"));
        fixture.publish(code);
        return code;
    }

    long found(String word, PartnerLogin partner) {
        Api.Response found = api.get("/api/v1/catalog/solutions?q=" + word + "&partner=" + partner.code(), null);
        return found.status() == 200 ? found.body().path("total").asLong() : -1;
    }

    @Test
    void anAdministratorRebuildsTheIndexFromTheCatalog() {
        PartnerLogin partner = approvedPartner("reindex");
        publishedSolution(partner, "Axolotl");
        assertThat(found("axolotl", partner)).isEqualTo(1);
        // the index loses its documents (a new cluster, an index deleted by hand)
        var workspace = Search.mapping(entityManagers).scope(Object.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(found("axolotl", partner)).isZero();

        assertThat(api.post(INDEX + "/rebuild", Map.of(), partner.token()).status()).isEqualTo(403);
        Api.Response rebuilt = api.post(INDEX + "/rebuild", Map.of(), adminToken());
        assertThat(rebuilt.status()).as(rebuilt.body().toString()).isEqualTo(200);
        assertThat(rebuilt.body().path("solutions").asLong()).isPositive();

        assertThat(found("axolotl", partner)).isEqualTo(1);
        Api.Response state = api.get(INDEX, adminToken());
        assertThat(state.body().path("indexed").asLong()).isEqualTo(rebuilt.body().path("solutions").asLong());
        assertThat(state.body().path("waiting").asLong()).isZero();
    }
}
