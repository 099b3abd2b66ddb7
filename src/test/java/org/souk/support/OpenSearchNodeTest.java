package org.souk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared OpenSearch node answers and has the language analyzers the catalog's index relies on. */
@ExtendWith(OpenSearchNode.Shared.class)
class OpenSearchNodeTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private String analyze(OpenSearchNode node, String analyzer, String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(node.uri("/_analyze")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"analyzer\":\"" + analyzer + "\",\"text\":\"" + text + "\"}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void aSingleNodeOpenSearch3AnswersWithEnglishAndRussianStemming() throws Exception {
        OpenSearchNode node = OpenSearchNode.shared();

        String root = http.send(HttpRequest.newBuilder(node.uri("/")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(root).contains("\"distribution\" : \"opensearch\"").contains("\"number\" : \"3.8.0\"");
        assertThat(analyze(node, "english", "recordings")).contains("\"token\":\"record\"");
        assertThat(analyze(node, "russian", "записи звонков")).contains("\"token\":\"запис\"")
                .contains("\"token\":\"звонк\"");
    }
}
