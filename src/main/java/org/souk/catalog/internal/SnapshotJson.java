package org.souk.catalog.internal;

import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of what the catalog stores: the snapshot column, the "what's new" column, the summary kept in
 * the index. One mapper of its own, because the index bridge is built by Hibernate Search, not by Spring.
 */
final class SnapshotJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    private SnapshotJson() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static CatalogSnapshot read(String json) {
        return JSON.readValue(json, CatalogSnapshot.class);
    }

    static CatalogSummary summary(String json) {
        return JSON.readValue(json, CatalogSummary.class);
    }

    static Map<String, String> texts(String json) {
        return JSON.readValue(json, TEXTS);
    }
}
