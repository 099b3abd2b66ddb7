package org.souk.catalog.internal;

import org.souk.web.Messages;

/** A scope in plain words ("can read and change CRM data"); a scope without its own text is named as it is. */
final class CatalogScopes {

    private CatalogScopes() {
    }

    static String describe(Messages messages, String scope) {
        String key = "catalog.scope." + scope;
        String text = messages.get(key);
        return key.equals(text) ? messages.get("catalog.scope.other", scope) : text;
    }
}
