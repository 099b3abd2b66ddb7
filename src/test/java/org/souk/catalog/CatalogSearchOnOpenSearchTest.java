package org.souk.catalog;

import org.souk.support.OnOpenSearch;

/** {@link CatalogSearchTest} with the index on OpenSearch. */
@OnOpenSearch
class CatalogSearchOnOpenSearchTest extends CatalogSearchTest {
}
