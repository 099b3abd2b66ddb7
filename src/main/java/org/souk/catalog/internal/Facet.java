package org.souk.catalog.internal;

import java.util.List;

/** A filter value with the number of matching solutions: a category group with its categories, or a tag. */
record Facet(String code, String name, long count, String url, List<Facet> children) {
}
