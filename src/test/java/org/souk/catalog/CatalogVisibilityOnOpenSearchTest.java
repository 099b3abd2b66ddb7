package org.souk.catalog;

import org.souk.support.OnOpenSearch;

/** {@link CatalogVisibilityTest} with the index on OpenSearch. */
@OnOpenSearch
class CatalogVisibilityOnOpenSearchTest extends CatalogVisibilityTest {
}
