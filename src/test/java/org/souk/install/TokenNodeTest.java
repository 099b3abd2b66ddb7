package org.souk.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A token node ({@code SOUK_NODE=tokens}, docs/deploy.md) beside the full node, on the same database and the same
 * public address, as a balancer routes {@code /oauth/token/} and {@code /rest/} to it: every test of
 * {@link InstallFlowTest} passes with the partner's app calling the token node (codes, refresh and rotation, reuse
 * revoking the chain, {@code app.info}, {@code profile}, the official JS SDK's flow), and the node serves nothing
 * else but the probes and the metrics.
 */
class TokenNodeTest extends InstallFlowTest {

    private static ConfigurableApplicationContext node;
    private static int nodePort;

    @Override
    protected int appEndpointsPort() {
        if (node == null) {
            // the test profile's database (H2 in this JVM, or .ci/run's PostgreSQL): the full node's own
            node = TokenNode.run("--spring.profiles.active=test", "--server.port=0",
                    "--souk.base-url=http://localhost:" + port);
            nodePort = ((WebServerApplicationContext) node).getWebServer().getPort();
        }
        return nodePort;
    }

    /** The public address's {@code /rest/} and {@code /oauth/token/}, routed to the token node as a balancer would. */
    @Override
    protected String appEndpoint(String address) {
        return address.replace("http://localhost:" + port + "/", "http://127.0.0.1:" + appEndpointsPort() + "/");
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
            node = null;
        }
    }

    @Test
    void servesNoPageButTheProbesAndMetricsOfTheFullNodes() throws Exception {
        int at = appEndpointsPort();
        for (String page : new String[] { "/", "/search?q=crm", "/login", "/api/v1/catalog/solutions" }) {
            HttpResponse<String> answer = get(at, page);
            assertThat(answer.statusCode()).as(page).isEqualTo(404);
            assertThat(answer.body()).as(page).contains("\"error\":\"not_found\"").contains("/oauth/token/");
        }
        assertThat(get(at, "/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(get(at, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = get(at, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("souk_rest_log_dropped_total");
    }

    @Test
    void theKindOfNodeIsFullUnlessTokensIsAskedAndATypoStopsTheStart() {
        assertThat(TokenNode.asked("--souk.node=tokens")).isTrue();
        assertThat(TokenNode.asked("--souk.node=full")).isFalse();
        assertThat(TokenNode.asked("--souk.node=")).isFalse();
        assertThatThrownBy(() -> TokenNode.asked("--souk.node=token")).hasMessageContaining("SOUK_NODE")
                .hasMessageContaining("\"token\"").hasMessageContaining("full (the default) or tokens");
    }

    @Test
    void onADatabaseNoFullNodeMigratedItStopsAndSaysWhatToDo() {
        assertThatThrownBy(() -> TokenNode.run("--spring.profiles.active=test", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:no-market-here;DB_CLOSE_DELAY=-1"))
                .hasStackTraceContaining("no table oauth_token")
                .hasStackTraceContaining("start a full node on that database first");
    }

    private static HttpResponse<String> get(int at, String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
