package org.souk.market;

import java.util.Map;

/** One tag of the list that solution cards choose from (C-10); names keyed by language, English always there. */
public record Tag(String code, Map<String, String> names) {

    /** The name in a language ("ru"), else in English. */
    public String name(String language) {
        return Names.in(names, language);
    }
}
