package org.souk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A CI job asks for the narrowest token it needs: read only, one solution, a short life. Every API call is checked
 * against the token's scope before anything happens.
 */
class TokenScopesTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private String solution(PartnerLogin partner, String appCode) {
        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", appCode, "region", "global",
                "type", "REST_API"), partner.token());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.text("code");
    }

    private Api.Response token(PartnerLogin partner, Map<String, Object> scope) {
        Map<String, Object> request = new HashMap<>(scope);
        request.put("email", partner.email());
        request.put("password", PASSWORD);
        request.put("name", "ci");
        return api.post("/api/v1/tokens", request, null);
    }

    private static Map<String, Object> title(String title) {
        return Map.of("texts", Map.of("en", Map.of("title", title)));
    }

    @Test
    void aReadOnlyTokenReadsAndCannotWrite() {
        PartnerLogin partner = approvedPartner("scoperead");
        String code = solution(partner, "read_app");
        Api.Response issued = token(partner, Map.of("access", "READ", "expiresInDays", 1));
        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
        assertThat(issued.text("access")).isEqualToIgnoringCase("read");
        String read = issued.text("token");

        assertThat(api.get("/api/v1/solutions/" + code, read).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/solutions", read).status()).isEqualTo(200);
        // who it is, and what the token allows, so that a program (souk) knows before it tries
        Api.Response me = api.get("/api/v1/me", read);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("token").path("access").asString()).isEqualTo("read");
        assertThat(me.body().path("token").path("name").asString()).isEqualTo("ci");
        assertThat(me.body().path("token").path("solution").isNull()).isTrue();
        assertThat(Instant.parse(me.body().path("token").path("expiresAt").asString()))
                .isBetween(Instant.now().plusSeconds(23 * 3600), Instant.now().plusSeconds(25 * 3600));
        Api.Response write = api.patch("/api/v1/solutions/" + code + "/card", title("Changed"), read);
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.text("detail")).contains("read-only");
        // marked as the token's scope, not the roles: a client (souk) says which token would do
        assertThat(write.text("reason")).isEqualTo("token_scope");
        assertThat(api.post("/api/v1/solutions", Map.of("appCode", "more_app", "region", "global", "type",
                "REST_API"), read).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/solutions/" + code, read).status()).isEqualTo(403);
        // nothing was changed: the full token still finds the solution as it was
        assertThat(api.get("/api/v1/solutions/" + code, partner.token()).status()).isEqualTo(200);
        assertThat(api.patch("/api/v1/solutions/" + code + "/card", title("Changed"), partner.token()).status())
                .isEqualTo(200);
    }

    @Test
    void aOneSolutionTokenCannotTouchAnother() {
        PartnerLogin partner = approvedPartner("scopeone");
        String mine = solution(partner, "one_app");
        String other = solution(partner, "other_app");
        Api.Response issued = token(partner, Map.of("solution", mine.toUpperCase()));
        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
        assertThat(issued.text("solution")).isEqualTo(mine);
        assertThat(issued.text("access")).isEqualToIgnoringCase("write");
        String one = issued.text("token");

        assertThat(api.get("/api/v1/solutions/" + mine, one).status()).isEqualTo(200);
        assertThat(api.patch("/api/v1/solutions/" + mine + "/card", title("Mine"), one).status()).isEqualTo(200);
        JsonNode scope = api.get("/api/v1/me", one).body().path("token");
        assertThat(scope.path("solution").asString()).isEqualTo(mine);
        assertThat(scope.path("access").asString()).isEqualTo("write");
        Api.Response elsewhere = api.get("/api/v1/solutions/" + other, one);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.text("detail")).contains(mine);
        assertThat(elsewhere.text("reason")).isEqualTo("token_scope");
        assertThat(api.patch("/api/v1/solutions/" + other + "/card", title("Theirs"), one).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/solutions", one).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/partners/me/webhooks", one).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/partners/me", one).status()).isEqualTo(403);
        // a solution code's prefix is no way around it
        assertThat(api.get("/api/v1/solutions/" + mine + "x", one).status()).isEqualTo(403);

        // read only and one solution together
        String both = token(partner, Map.of("solution", mine, "access", "read")).text("token");
        assertThat(api.get("/api/v1/solutions/" + mine, both).status()).isEqualTo(200);
        assertThat(api.patch("/api/v1/solutions/" + mine + "/card", title("No"), both).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/solutions/" + other, both).status()).isEqualTo(403);

        // the owner sees each token's scope, never the token
        Api.Response listed = api.get("/api/v1/tokens", partner.token());
        assertThat(listed.body().path("total").asLong()).isEqualTo(3);
        assertThat(listed.body().toString()).contains("\"solution\":\"" + mine + "\"")
                .contains("\"access\":\"read\"").contains("\"access\":\"write\"").doesNotContain(one);

        assertThat(token(partner, Map.of("solution", "not a code")).violations()).containsExactly("solution ");
    }

    @Test
    void anExpiredTokenIsRefused() {
        PartnerLogin partner = approvedPartner("scopeexp");
        Api.Response issued = token(partner, Map.of("expiresInDays", 1, "access", "read"));
        String token = issued.text("token");
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
        jdbc.update("UPDATE api_token SET expires_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                issued.body().path("id").asLong());
        Api.Response expired = api.get("/api/v1/me", token);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> v.contains("Bearer"));
    }
}
