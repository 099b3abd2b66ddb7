package org.souk.market;

import java.util.List;
import java.util.Map;

/** The first level of the catalog categories, with its categories in display order. */
public record CategoryGroup(String code, Map<String, String> names, int sortOrder, List<Category> categories) {

    /** The name in a language ("ru"), else in English. */
    public String name(String language) {
        return Names.in(names, language);
    }
}
