/**
 * The storefront customers see (issue 6): a read model of every listed solution, written only from the
 * solution module's {@code PublicationChanged} events, its full-text index (Hibernate Search), the public
 * pages and the public catalog API. No other module depends on it.
 */
package org.souk.catalog;
