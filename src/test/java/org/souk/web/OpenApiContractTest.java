package org.souk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * /v3/api-docs is the API's contract (api.md): a real title and version, the security schemes a program uses, enum
 * values as the API writes them, and for every operation the problem answers it may give, each with an example.
 */
class OpenApiContractTest extends IntegrationTest {

    private JsonNode doc;

    @BeforeEach
    void document() {
        doc = api.get("/v3/api-docs", null).body();
    }

    @Test
    void theDocumentHasATitleAVersionAndTheWaysToAuthenticate() {
        assertThat(doc.path("info").path("title").asString()).isEqualTo("Souk API");
        assertThat(doc.path("info").path("version").asString()).matches("\\d+\\.\\d+(\\.\\d+)?");
        assertThat(doc.path("info").path("description").asString()).contains("access: read").contains("solution");
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("bearerToken").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("bearerToken").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("session").path("in").asString()).isEqualTo("cookie");
        assertThat(doc.path("security").toString()).contains("bearerToken");
        // public operations say so
        assertThat(doc.path("paths").path("/api/v1/tokens").path("post").path("security").isArray()).isTrue();
        assertThat(doc.path("paths").path("/api/v1/tokens").path("post").path("security")).isEmpty();
        assertThat(doc.path("paths").path("/api/v1/catalog/regions").path("get").path("security")).isEmpty();
    }

    @Test
    void enumValuesAreListedInLowerCase() {
        List<String> upper = new ArrayList<>();
        enums(doc, "", upper);
        assertThat(upper).as("enum values not in lower case").isEmpty();
        assertThat(doc.toString()).contains("\"rest_api\"").doesNotContain("\"REST_API\"");
    }

    @Test
    void everyOperationDocumentsItsProblemAnswersWithAnExample() {
        List<String> without4xx = new ArrayList<>();
        List<String> withoutExample = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode responses = operation.getValue().path("responses");
                boolean input = path.getKey().contains("{") || operation.getValue().has("requestBody")
                        || operation.getValue().path("parameters").size() > 0;
                boolean secured = !operation.getValue().has("security") || operation.getValue().path("security")
                        .size() > 0;
                List<String> problems = responses.propertyNames().stream().filter(s -> s.startsWith("4")).toList();
                if (problems.isEmpty() && (input || secured)) {
                    without4xx.add(name);
                }
                for (String status : problems) {
                    JsonNode media = responses.path(status).path("content").path("application/problem+json");
                    if (!media.has("example") && media.path("examples").isEmpty()) {
                        withoutExample.add(name + " " + status);
                    }
                }
            }
        }
        assertThat(without4xx).as("operations without a documented 4xx").isEmpty();
        assertThat(withoutExample).as("problem answers without an example").isEmpty();
        JsonNode register = doc.path("paths").path("/api/v1/partners/me/webhooks").path("post").path("responses");
        assertThat(register.propertyNames()).contains("401", "403", "422");
        assertThat(register.path("422").path("content").path("application/problem+json").path("example")
                .path("violations").get(0).path("rule").asString()).isEqualTo("C-01");
        assertThat(doc.path("components").path("schemas").path("Problem").path("properties").has("violations"))
                .isTrue();
    }

    private static void enums(JsonNode node, String at, List<String> upper) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("enum") && field.getValue().isArray()) {
                    field.getValue().forEach(v -> {
                        if (v.isString() && !v.asString().equals(v.asString().toLowerCase())) {
                            upper.add(at + ": " + v.asString());
                        }
                    });
                } else {
                    enums(field.getValue(), at + "/" + field.getKey(), upper);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> enums(child, at, upper));
        }
    }
}
