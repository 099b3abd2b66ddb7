package org.souk.market.internal;

import java.util.Map;

/** What groups, categories and tags share: a code and names per language (changes to the map are saved). */
public interface TaxonomyEntity {

    String getCode();

    Map<String, String> getNames();
}
