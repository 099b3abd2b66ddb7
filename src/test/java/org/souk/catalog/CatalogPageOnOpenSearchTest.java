package org.souk.catalog;

import org.souk.support.OnOpenSearch;

/** {@link CatalogPageTest} with the index on OpenSearch. */
@OnOpenSearch
class CatalogPageOnOpenSearchTest extends CatalogPageTest {
}
