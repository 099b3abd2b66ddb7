package org.souk.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.souk.identity.NewUser;
import org.souk.identity.UserAccounts;
import org.souk.solution.Revisions;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole protocol against a real partner's app on 127.0.0.1: install with ONAPPINSTALL, codes and refresh
 * tokens through {@code /oauth/token/}, {@code app.info}, reuse detection, uninstall with CLEAN, reinstall,
 * O-03, isolation between accounts, the automatic install test green and red, and the official JS SDK's flow.
 */
class InstallFlowTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    Revisions revisions;

    @Autowired
    UserAccounts users;

    private PartnerApp app;
    private PartnerApp broken;

    @BeforeEach
    void apps() throws Exception {
        app = new PartnerApp(appEndpointsPort(), 200);
        broken = new PartnerApp(appEndpointsPort(), 500);
        outbound.add(app.hostPort());
        outbound.add(broken.hostPort());
    }

    /** Where the partner's app calls {@code /oauth/token/} and {@code /rest/}: this node (a token node in TokenNodeTest). */
    protected int appEndpointsPort() {
        return port;
    }

    /** An address of the install event's {@code auth} as the app reaches it (through TokenNodeTest's "balancer"). */
    protected String appEndpoint(String address) {
        return address;
    }

    @AfterEach
    void stop() {
        app.close();
        broken.close();
    }

    record Keys(String code, String clientId, String clientSecret) {
    }

    /** A published solution whose version card points at {@code server}. */
    private Keys publishedSolution(PartnerLogin partner, String appCode, PartnerApp server, boolean withoutAdmin) {
        Api.Response created = api.post("/api/v1/solutions", Map.of("appCode", appCode, "region", "global",
                "type", "REST_API"), partner.token());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String code = created.text("code");
        Api.Response version = api.patch("/api/v1/solutions/" + code + "/versions/1", Map.of("scopes",
                List.of("crm", "task"), "installableWithoutAdmin", withoutAdmin, "appUrl", server.url("/app"),
                "handlerUrl", server.url("/handler")), partner.token());
        assertThat(version.status()).as(version.body().toString()).isEqualTo(200);
        revisions.publish(revisions.freeze(code).id());
        return new Keys(code, created.text("clientId"), created.text("clientSecret"));
    }

    record AccountLogin(String domain, String memberId, String email, String token) {
    }

    private AccountLogin account(String prefix) {
        String email = uniqueCode(prefix) + "@customers.example.com";
        users.create(new NewUser(email, "Ann", "Admin", PASSWORD, null));
        String domain = uniqueCode(prefix).replace('_', '-') + ".example.com";
        Api.Response created = api.post("/api/v1/admin/accounts", Map.of("domain", domain, "adminEmail", email),
                adminToken());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.text("memberId")).matches("[0-9a-f]{32}");
        return new AccountLogin(domain, created.text("memberId"), email, api.token(email, PASSWORD));
    }

    private Map<String, String> refresh(PartnerApp server, Keys keys, String refreshToken, boolean byGet) {
        Map<String, String> parameters = Map.of("grant_type", "refresh_token", "client_id", keys.clientId(),
                "client_secret", keys.clientSecret(), "refresh_token", refreshToken);
        PartnerApp.Answer answer = byGet ? server.tokenByGet(parameters) : server.tokenByPost(parameters);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return Map.of("access", answer.body().path("access_token").asString(), "refresh",
                answer.body().path("refresh_token").asString());
    }

    /** O-01 (OAuth 2.0 with the solution's keys, no webhooks) and O-02 (install, uninstall, reinstall). */
    @Test
    void installExchangeCallUninstallAndReinstallFollowTheProtocol() throws Exception {
        PartnerLogin partner = approvedPartner("inst");
        Keys keys = publishedSolution(partner, "flow", app, false);
        AccountLogin account = account("acme");
        String base = "/api/v1/accounts/" + account.domain() + "/installations";

        Api.Response installed = api.post(base, Map.of("solution", keys.code()), account.token());
        assertThat(installed.status()).as(installed.body().toString()).isEqualTo(201);
        assertThat(installed.text("status")).isEqualTo("installed");

        // ONAPPINSTALL with every field of protocol.md
        Map<String, String> install = app.nextEvent();
        assertThat(install.get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(install).containsEntry("event", "ONAPPINSTALL").containsEntry("data[VERSION]", "1")
                .containsEntry("data[ACTIVE]", "Y").containsEntry("data[INSTALLED]", "Y")
                .containsEntry("data[LANGUAGE_ID]", "en").containsEntry("auth[expires_in]", "3600")
                .containsEntry("auth[scope]", "crm,task").containsEntry("auth[domain]", account.domain())
                .containsEntry("auth[server_endpoint]", "http://localhost:" + port + "/rest/")
                .containsEntry("auth[client_endpoint]", "http://localhost:" + port + "/rest/")
                .containsEntry("auth[member_id]", account.memberId()).containsEntry("auth[status]", "F")
                .containsKeys("ts", "auth[access_token]", "auth[refresh_token]", "auth[application_token]",
                        "auth[expires]", "auth[user_id]");
        assertThat(install.get("auth[access_token]")).hasSizeGreaterThanOrEqualTo(32);
        String applicationToken = install.get("auth[application_token]");

        // app.info as the JS SDK calls it, and by query and Bearer
        PartnerApp.Answer info = app.restAsSdk("app.info", install.get("auth[access_token]"));
        assertThat(info.status()).as(info.body().toString()).isEqualTo(200);
        assertThat(info.body().path("result").path("CODE").asString()).isEqualTo(keys.code());
        assertThat(info.body().path("result").path("VERSION").asInt()).isEqualTo(1);
        assertThat(info.body().path("result").path("INSTALLED").asBoolean()).isTrue();
        assertThat(info.body().path("result").path("SCOPE").asString()).isEqualTo("crm,task");
        assertThat(info.body().path("time").has("start")).isTrue();
        assertThat(info.body().path("time").has("date_finish")).isTrue();
        assertThat(app.restByQuery("scope", install.get("auth[access_token]")).body().path("result").toString())
                .isEqualTo("[\"crm\",\"task\"]");
        assertThat(app.restByBearer("profile", install.get("auth[access_token]")).body().path("result")
                .path("ADMIN").asBoolean()).isTrue();
        assertThat(app.restByBearer("methods", install.get("auth[access_token]")).body().path("result").toString())
                .contains("app.info");
        PartnerApp.Answer noAuth = app.restByBearer("app.info", "");
        assertThat(noAuth.status()).isEqualTo(401);
        assertThat(noAuth.body().path("error").asString()).isEqualTo("NO_AUTH_FOUND");

        // refresh by GET, then by form POST; each answer carries every field of protocol.md
        Map<String, String> first = refresh(app, keys, install.get("auth[refresh_token]"), true);
        PartnerApp.Answer full = app.tokenByPost(Map.of("grant_type", "refresh_token", "client_id", keys.clientId(),
                "client_secret", keys.clientSecret(), "refresh_token", first.get("refresh"), "unknown", "ignored"));
        assertThat(full.status()).isEqualTo(200);
        for (String field : List.of("access_token", "refresh_token", "expires_in", "expires", "scope", "domain",
                "server_endpoint", "client_endpoint", "member_id", "user_id", "status")) {
            assertThat(full.body().has(field)).as(field).isTrue();
        }
        assertThat(full.body().path("domain").asString()).isEqualTo("localhost:" + port);
        assertThat(full.body().path("member_id").asString()).isEqualTo(account.memberId());
        assertThat(full.body().path("expires").asLong()).isGreaterThan(System.currentTimeMillis() / 1000 + 3500);
        String latestAccess = full.body().path("access_token").asString();
        assertThat(app.restByBearer("app.info", latestAccess).status()).isEqualTo(200);

        // a rotated refresh token is refused, and its whole chain revoked
        PartnerApp.Answer reuse = app.tokenByGet(Map.of("grant_type", "refresh_token", "client_id", keys.clientId(),
                "client_secret", keys.clientSecret(), "refresh_token", first.get("refresh")));
        assertThat(reuse.status()).isEqualTo(400);
        assertThat(reuse.body().path("error").asString()).isEqualTo("invalid_grant");
        assertThat(app.restByBearer("app.info", latestAccess).body().path("error").asString())
                .isEqualTo("invalid_token");
        assertThat(app.tokenByPost(Map.of("grant_type", "refresh_token", "client_id", keys.clientId(),
                "client_secret", keys.clientSecret(), "refresh_token", full.body().path("refresh_token").asString()))
                .status()).isEqualTo(400);
        // bad keys
        PartnerApp.Answer badKeys = app.tokenByGet(Map.of("grant_type", "refresh_token", "client_id", keys.clientId(),
                "client_secret", "wrong", "refresh_token", "x"));
        assertThat(badKeys.status()).isEqualTo(401);
        assertThat(badKeys.body().path("error").asString()).isEqualTo("invalid_client");

        // the user opens the app: an authorization code, exchanged once (GET), refused the second time
        MockHttpSession session = signIn(account.email(), PASSWORD);
        String location = mvc.perform(get("/oauth/authorize/").session(session).param("client_id", keys.clientId())
                .param("state", "s1")).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith(app.url("/app"));
        Map<String, List<String>> query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        assertThat(query.get("state")).containsExactly("s1");
        assertThat(query.get("domain")).containsExactly(account.domain());
        assertThat(query.get("member_id")).containsExactly(account.memberId());
        assertThat(query.get("server_domain")).containsExactly("localhost:" + port);
        Map<String, String> exchange = Map.of("grant_type", "authorization_code", "client_id", keys.clientId(),
                "client_secret", keys.clientSecret(), "code", query.get("code").get(0));
        PartnerApp.Answer byCode = app.tokenByGet(exchange);
        assertThat(byCode.status()).as(byCode.body().toString()).isEqualTo(200);
        String codeAccess = byCode.body().path("access_token").asString();
        assertThat(app.restByBearer("app.info", codeAccess).status()).isEqualTo(200);
        // an access token past its hour answers 401 expired_token: the SDKs' cue to refresh (protocol.md)
        jdbc.update("UPDATE oauth_token SET expires_at = ? WHERE token_hash = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), org.souk.web.Hashes.sha256(codeAccess));
        PartnerApp.Answer expired = app.restByBearer("app.info", codeAccess);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body().path("error").asString()).isEqualTo("expired_token");
        PartnerApp.Answer again = app.tokenByPost(exchange);
        assertThat(again.body().path("error").asString()).isEqualTo("invalid_grant");
        assertThat(app.restByBearer("app.info", codeAccess).status()).isEqualTo(401);

        // uninstall with CLEAN: every token revoked, ONAPPUNINSTALL without any
        Map<String, String> live = refresh(app, keys, refresh(app, keys, installToken(app, keys, account), true)
                .get("refresh"), false);
        Api.Response removed = api.delete(base + "/" + keys.code() + "?clean=true", account.token());
        assertThat(removed.status()).as(removed.body().toString()).isEqualTo(200);
        Map<String, String> uninstall = app.nextEvent();
        assertThat(uninstall).containsEntry("event", "ONAPPUNINSTALL").containsEntry("data[CLEAN]", "1")
                .containsEntry("data[LANGUAGE_ID]", "en").containsEntry("auth[domain]", account.domain())
                .containsEntry("auth[member_id]", account.memberId())
                .containsEntry("auth[application_token]", applicationToken)
                .containsKeys("auth[server_endpoint]", "auth[client_endpoint]")
                .doesNotContainKeys("auth[access_token]", "auth[refresh_token]");
        assertThat(app.restByBearer("app.info", live.get("access")).status()).isEqualTo(401);
        assertThat(app.tokenByPost(Map.of("grant_type", "refresh_token", "client_id", keys.clientId(),
                "client_secret", keys.clientSecret(), "refresh_token", live.get("refresh"))).status()).isNotEqualTo(200);

        // reinstall: new tokens and a new application token
        assertThat(api.post(base, Map.of("solution", keys.code()), account.token()).status()).isEqualTo(201);
        Map<String, String> reinstall = app.nextEvent();
        assertThat(reinstall.get("event")).isEqualTo("ONAPPINSTALL");
        assertThat(reinstall.get("auth[application_token]")).isNotEqualTo(applicationToken);
        PartnerApp.Answer afterReinstall = app.restByBearer("app.info", reinstall.get("auth[access_token]"));
        assertThat(afterReinstall.status()).as(afterReinstall.body().toString()).isEqualTo(200);
        assertThat(app.restByBearer("app.info", live.get("access")).status()).isEqualTo(401);

        // the partner sees every delivery with its status and time; another partner sees nothing
        // the app has the event before Souk writes the attempt that carried it: wait for the log
        String deliveriesPath = "/api/v1/solutions/" + keys.code() + "/event-deliveries";
        await().atMost(Duration.ofSeconds(10)).until(() -> !api.get(deliveriesPath, partner.token()).body()
                .path("items").path(0).path("attemptLog").isEmpty());
        JsonNode deliveries = api.get(deliveriesPath, partner.token()).body();
        assertThat(deliveries.path("total").asInt()).isEqualTo(3);
        JsonNode latest = deliveries.path("items").get(0);
        assertThat(latest.path("event").asString()).isEqualTo("ONAPPINSTALL");
        assertThat(latest.path("attemptLog").get(0).path("status").asInt()).isEqualTo(200);
        assertThat(latest.path("attemptLog").get(0).has("durationMs")).isTrue();
        PartnerLogin other = registerPartner("nosy");
        assertThat(api.get("/api/v1/solutions/" + keys.code() + "/event-deliveries", other.token()).status())
                .isEqualTo(404);
    }

    /**
     * The official JS SDK (@bitrix24/b24jssdk 2.2.0 from the npm registry, installed into target/) as a partner's
     * server uses it, built from ONAPPINSTALL's auth: app.info; the access token's hour ends; app.info again, for
     * which the SDK refreshes by itself on 401 expired_token; the refresh token it spent, sent again, is refused
     * and revokes the chain, the SDK's new tokens included.
     */
    @Test
    void theOfficialJsSdkCallsRefreshesByItselfAndAReuseRevokesItsChain() throws Exception {
        Path sdk = officialSdk();
        PartnerLogin partner = approvedPartner("sdk");
        Keys keys = publishedSolution(partner, "sdkflow", app, false);
        AccountLogin account = account("sdk");
        assertThat(api.post("/api/v1/accounts/" + account.domain() + "/installations", Map.of("solution", keys.code()),
                account.token()).status()).isEqualTo(201);
        Map<String, String> install = app.nextEvent();
        Map<String, Object> auth = new java.util.LinkedHashMap<>();
        auth.put("accessToken", install.get("auth[access_token]"));
        auth.put("refreshToken", install.get("auth[refresh_token]"));
        auth.put("expires", Long.parseLong(install.get("auth[expires]")));
        auth.put("scope", install.get("auth[scope]"));
        auth.put("domain", install.get("auth[domain]"));
        auth.put("clientEndpoint", appEndpoint(install.get("auth[client_endpoint]")));
        auth.put("serverEndpoint", appEndpoint(install.get("auth[server_endpoint]")));
        auth.put("memberId", install.get("auth[member_id]"));
        auth.put("status", install.get("auth[status]"));
        auth.put("applicationToken", install.get("auth[application_token]"));
        auth.put("userId", Long.parseLong(install.get("auth[user_id]")));
        auth.put("clientId", keys.clientId());
        auth.put("clientSecret", keys.clientSecret());
        // the child's output goes to files, not to this JVM's stdout (surefire's channel)
        Process node = new ProcessBuilder("node", "sdk-flow.mjs", JSON.writeValueAsString(auth)).directory(sdk.toFile())
                .redirectError(sdk.resolve("node-stderr.log").toFile()).start();
        try (BufferedReader steps = node.inputReader(); Writer answer = node.outputWriter()) {
            JsonNode info = step(steps, "app.info");
            assertThat(info.path("ok").asBoolean()).as(info.toString()).isTrue();
            assertThat(info.path("result").path("CODE").asString()).isEqualTo(keys.code());

            step(steps, "expire");
            jdbc.update("UPDATE oauth_token SET expires_at = ? WHERE token_hash = ?",
                    java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                    org.souk.web.Hashes.sha256(install.get("auth[access_token]")));
            answer.write("go\n");
            answer.flush();
            JsonNode afterExpiry = step(steps, "app.info after expiry");
            assertThat(afterExpiry.path("ok").asBoolean()).as(afterExpiry.toString()).isTrue();
            assertThat(afterExpiry.path("refreshed").asBoolean()).as("the SDK refreshed by itself").isTrue();
            String rotated = afterExpiry.path("newRefreshToken").asString();
            assertThat(rotated).isNotBlank().isNotEqualTo(install.get("auth[refresh_token]"));

            JsonNode reuse = step(steps, "reuse");
            assertThat(reuse.path("status").asInt()).isEqualTo(400);
            assertThat(reuse.path("body").path("error").asString()).isEqualTo("invalid_grant");
            JsonNode afterReuse = step(steps, "app.info after reuse");
            assertThat(afterReuse.path("ok").asBoolean()).as("the chain is revoked").isFalse();
            assertThat(app.restByBearer("app.info", afterExpiry.path("newAccessToken").asString()).status())
                    .isEqualTo(401);
            assertThat(app.tokenByPost(Map.of("grant_type", "refresh_token", "client_id", keys.clientId(),
                    "client_secret", keys.clientSecret(), "refresh_token", rotated)).status()).isEqualTo(400);
        } finally {
            node.destroy();
        }
    }

    /** The next line of the node script, which must be the named step. */
    private static JsonNode step(BufferedReader steps, String name) throws IOException {
        String line = steps.readLine();
        assertThat(line).as("the SDK script ended before " + name + " (target/b24jssdk/node-stderr.log)").isNotNull();
        JsonNode step = JSON.readTree(line);
        assertThat(step.path("step").asString()).isEqualTo(name);
        return step;
    }

    /**
     * target/b24jssdk with the SDK from the npm registry and the flow script; the test is skipped, saying why,
     * where node or npm is missing or the registry cannot be reached.
     */
    private static Path officialSdk() throws Exception {
        Assumptions.assumeTrue(runs("node") && runs("npm"), "node and npm are needed for the official SDK's flow");
        Path dir = Path.of("target", "b24jssdk").toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("node_modules/@bitrix24/b24jssdk"))) {
            Files.createDirectories(dir);
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--prefix", dir.toString(),
                    "@bitrix24/b24jssdk@2.2.0").redirectErrorStream(true).redirectOutput(dir.resolve("npm.log").toFile())
                    .start();
            Assumptions.assumeTrue(npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0,
                    "npm could not install @bitrix24/b24jssdk@2.2.0 from the registry");
        }
        try (var script = InstallFlowTest.class.getResourceAsStream("sdk-flow.mjs")) {
            Files.copy(script, dir.resolve("sdk-flow.mjs"), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    private static boolean runs(String command) {
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A fresh refresh token of the account's installation, through a new authorization code. */
    private String installToken(PartnerApp server, Keys keys, AccountLogin account) throws Exception {
        MockHttpSession session = signIn(account.email(), PASSWORD);
        String location = mvc.perform(get("/oauth/authorize").session(session).param("client_id", keys.clientId()))
                .andReturn().getResponse().getRedirectedUrl();
        String code = UriComponentsBuilder.fromUriString(location).build().getQueryParams().getFirst("code");
        PartnerApp.Answer answer = server.tokenByPost(Map.of("grant_type", "authorization_code", "client_id",
                keys.clientId(), "client_secret", keys.clientSecret(), "code", code));
        return answer.body().path("refresh_token").asString();
    }

    @Test
    void aNonAdminInstallsOnlyWhatAllowsItAndAccountsNeverReachEachOther() throws Exception {
        PartnerLogin partner = approvedPartner("o03");
        Keys adminOnly = publishedSolution(partner, "adminonly", app, false);
        Keys open = publishedSolution(partner, "forall", app, true);
        AccountLogin a = account("alpha");
        AccountLogin b = account("beta");
        String regular = uniqueCode("reg") + "@customers.example.com";
        users.create(new NewUser(regular, "Rita", "Regular", PASSWORD, null));
        assertThat(api.post("/api/v1/admin/accounts/" + a.domain() + "/users", Map.of("email", regular, "admin", false),
                adminToken()).status()).isEqualTo(201);
        String regularToken = api.token(regular, PASSWORD);

        Api.Response refused = api.post("/api/v1/accounts/" + a.domain() + "/installations",
                Map.of("solution", adminOnly.code()), regularToken);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("rule")).isEqualTo("O-03");
        assertThat(api.post("/api/v1/accounts/" + a.domain() + "/installations", Map.of("solution", open.code()),
                regularToken).status()).isEqualTo(201);
        Map<String, String> onA = app.nextEvent();

        // the same app on account B; B's token answers for B only
        assertThat(api.post("/api/v1/accounts/" + b.domain() + "/installations", Map.of("solution", open.code()),
                b.token()).status()).isEqualTo(201);
        Map<String, String> onB = app.nextEvent();
        assertThat(onB.get("auth[member_id]")).isEqualTo(b.memberId());
        assertThat(app.restByBearer("app.info", onB.get("auth[access_token]")).body().path("result").path("ID")
                .asLong()).isNotEqualTo(app.restByBearer("app.info", onA.get("auth[access_token]")).body()
                        .path("result").path("ID").asLong());
        // A's users cannot touch B's installation, nor see B
        assertThat(api.delete("/api/v1/accounts/" + b.domain() + "/installations/" + open.code(), a.token()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/accounts/" + b.domain() + "/installations", regularToken).status()).isEqualTo(404);
        // A's refresh token with another app's keys reaches nothing
        PartnerApp.Answer foreign = app.tokenByGet(Map.of("grant_type", "refresh_token", "client_id",
                adminOnly.clientId(), "client_secret", adminOnly.clientSecret(), "refresh_token",
                onA.get("auth[refresh_token]")));
        assertThat(foreign.body().path("error").asString()).isEqualTo("invalid_grant");
        // uninstalling A leaves B's tokens working
        assertThat(api.delete("/api/v1/accounts/" + a.domain() + "/installations/" + open.code(), a.token()).status())
                .isEqualTo(200);
        app.nextEvent();
        assertThat(app.restByBearer("app.info", onA.get("auth[access_token]")).status()).isEqualTo(401);
        assertThat(app.restByBearer("app.info", onB.get("auth[access_token]")).status()).isEqualTo(200);
    }

    /** S-11 and F-11: the automatic install test installs, uninstalls and reinstalls on a test account. */
    @Test
    void theInstallTestIsGreenAgainstAWorkingAppAndRedAgainstOneAnswering500() {
        PartnerLogin partner = approvedPartner("itest");
        Keys good = publishedSolution(partner, "good", app, false);
        Api.Response green = api.post("/api/v1/solutions/" + good.code() + "/install-tests", Map.of(), partner.token());
        assertThat(green.status()).as(green.body().toString()).isEqualTo(201);
        assertThat(green.body().path("passed").asBoolean()).as(green.body().toString()).isTrue();
        List<String> names = green.body().path("steps").valueStream().map(s -> s.path("name").asString()).toList();
        assertThat(names).containsExactly("account", "install", "uninstall (CLEAN=1)", "reinstall",
                "new application token", "uninstall");
        assertThat(green.body().path("steps").get(1).path("status").asInt()).isEqualTo(200);
        assertThat(green.body().path("steps").get(1).path("request").asString()).contains("ONAPPINSTALL");

        Keys bad = publishedSolution(partner, "bad", broken, false);
        Api.Response red = api.post("/api/v1/solutions/" + bad.code() + "/install-tests", Map.of(), partner.token());
        assertThat(red.body().path("passed").asBoolean()).isFalse();
        JsonNode install = red.body().path("steps").get(1);
        assertThat(install.path("name").asString()).isEqualTo("install");
        assertThat(install.path("status").asInt()).isEqualTo(500);
        assertThat(install.path("passed").asBoolean()).isFalse();
        // the latest report is kept; another partner does not see it
        assertThat(api.get("/api/v1/solutions/" + bad.code() + "/install-tests/latest", partner.token()).body()
                .path("passed").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/solutions/" + bad.code() + "/install-tests/latest",
                registerPartner("other").token()).status()).isEqualTo(404);
    }
}
