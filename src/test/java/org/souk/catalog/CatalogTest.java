package org.souk.catalog;

import org.junit.jupiter.api.BeforeEach;
import org.souk.solution.Revisions;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A test of the catalog's pages and API on solutions that a partner adds and the market publishes (CatalogFixture). */
abstract class CatalogTest extends IntegrationTest {

    @Autowired
    Revisions revisions;

    CatalogFixture fixture;

    @BeforeEach
    void catalogFixture() {
        fixture = new CatalogFixture(api, mvc, revisions);
    }
}
