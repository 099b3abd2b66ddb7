package org.souk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.souk.demo.DemoSolution;
import org.souk.identity.UserAccounts;
import org.souk.support.Api;
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
import org.souk.webhooks.Receiver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The `souk` tool end to end against the running market, as a partner's CI uses it: log in, list, pull the card,
 * edit and push it (texts, screenshots by path), push a version with its archive, check, submit and wait while a
 * moderator (this test) decides; exit codes and what the tool prints, and what the API then holds.
 */
class SoukCliTest extends IntegrationTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Autowired
    DemoSolution demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    UserAccounts accounts;

    @TempDir
    Path home;
    @TempDir
    Path project;

    ModerationFixture fixture;
    private final ExecutorService background = Executors.newSingleThreadExecutor();

    @BeforeEach
    void fixture() {
        fixture = new ModerationFixture(api, demo, users, accounts, outbound);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    /** One run of the tool: its exit code and what it printed. */
    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    /** A run with the given standard input, as a pipe in CI gives it. */
    private Run typed(String stdin, String... args) {
        return souk(Map.of(), stdin, args);
    }

    /** A run with these environment variables besides HOME and XDG_CONFIG_HOME: a locale, or CI's SOUK_*. */
    private Run souk(Map<String, String> variables, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>(variables);
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        Terminal terminal = new Terminal(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), env, project, false);
        int code = Souk.run(terminal, args);
        // the session as a terminal shows it, in the test's output file: what a failure is read against
        System.out.println("$ souk " + String.join(" ", args) + "\n" + out + err + "(exit " + code + ")");
        return new Run(code, out.toString(), err.toString());
    }

    private Run souk(String... args) {
        return souk(Map.of(), "", args);
    }

    @Test
    void aPartnerPublishesANewSolutionAndAVersionFromTheCommandLine() throws Exception {
        PartnerLogin partner = approvedPartner("cli");
        fixture.signAgreements(partner);
        String code = fixture.solution(partner, "cli_app");
        String moderator = fixture.moderator(uniqueCode("mona") + "@souk.test");
        String url = "http://127.0.0.1:" + port;

        // not signed in yet: told how, exit 6
        Run anonymous = souk("solutions", "list");
        assertThat(anonymous.code()).isEqualTo(6);
        assertThat(anonymous.err()).contains("souk login --url");

        // login with a token on the standard input, as CI pipes it; saved for the user only, outside the project
        Run wrong = typed("not-a-token\n", "login", "--url", url);
        assertThat(wrong.code()).as(wrong.all()).isEqualTo(6);
        assertThat(home.resolve("config/souk/config")).doesNotExist();
        Run login = typed(partner.token() + "\n", "login", "--url", url);
        assertThat(login.code()).as(login.all()).isZero();
        assertThat(login.out()).contains("Signed in to " + url + " as " + partner.email(), partner.code());
        Path config = home.resolve("config/souk/config");
        assertThat(Files.readString(config)).contains("token=" + partner.token());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");
        assertThat(project).isEmptyDirectory();
        // or with the e-mail and password: a new token of its own, the narrowest that serves: read only by default
        Run withPassword = typed(PASSWORD + "\n", "login", "--url", url, "--email", partner.email());
        assertThat(withPassword.code()).as(withPassword.all()).isZero();
        assertThat(withPassword.out()).contains("Created the token \"souk command-line tool\"",
                "The token may read all of your partner's solutions and webhooks",
                "To publish, sign in with --solution");
        assertThat(Files.readString(config)).doesNotContain(partner.token()).contains("token=");

        Run list = souk("solutions", "list");
        assertThat(list.code()).as(list.all()).isZero();
        assertThat(list.out()).contains("CODE", code, "draft");

        // pull: one file with every language, the media beside it
        Run pull = souk("card", "pull", code, "-f", "souk/card.yaml");
        assertThat(pull.code()).as(pull.all()).isZero();
        Path file = project.resolve("souk/card.yaml");
        ObjectNode card = (ObjectNode) YAML.readTree(Files.readString(file));
        assertThat(card.path("solution").asString()).isEqualTo(code);
        assertThat(card.path("texts").has("en")).isTrue();
        assertThat(card.path("texts").has("ru")).isTrue();
        assertThat(card.path("icon").asString()).isEqualTo("card.media/icon.png");
        assertThat(project.resolve("souk/card.media/icon.png")).isRegularFile();
        ArrayNode shots = (ArrayNode) card.path("screenshots");
        assertThat(shots).hasSize(3);
        assertThat(shots.get(0).path("caption").asString()).isEqualTo("Deals");

        // a read-only token pushes nothing: the tool says so before any call, with the login that gives a fitting one
        Run readOnly = souk("card", "push", "souk/card.yaml");
        assertThat(readOnly.code()).as(readOnly.all()).isEqualTo(7);
        assertThat(readOnly.err()).contains("`souk card push` changes " + code + ", but the token \"souk command-line "
                + "tool\" may only read.", "souk login --url " + url + " --email " + partner.email() + " --solution "
                + code);
        Run forSolution = typed(PASSWORD + "\n", "login", "--url", url, "--email", partner.email(), "--solution",
                code);
        assertThat(forSolution.code()).as(forSolution.all()).isZero();
        assertThat(forSolution.out()).contains("The token may read and change " + code + ", until ");
        // and a one-solution token lists no solutions
        Run others = souk("solutions", "list");
        assertThat(others.code()).as(others.all()).isEqualTo(7);
        assertThat(others.err()).contains("is limited to the solution " + code, "souk login --url " + url
                + " --email " + partner.email());

        // an invalid field: named with its rule, nothing changed, exit 5
        ObjectNode broken = card.deepCopy();
        broken.put("licenseUrl", "not an address");
        Files.writeString(project.resolve("souk/broken.yaml"), YAML.writeValueAsString(broken));
        Run refused = souk("card", "push", "souk/broken.yaml");
        assertThat(refused.code()).as(refused.all()).isEqualTo(5);
        assertThat(refused.err()).contains("licenseUrl: ", "(rule C-21)");
        // a typo in the file is named too, before anything is sent
        Files.writeString(project.resolve("souk/typo.yaml"), "solution: " + code + "\ntexts:\n  en:\n    titel: X\n");
        Run typo = souk("card", "push", "souk/typo.yaml");
        assertThat(typo.code()).isEqualTo(5);
        assertThat(typo.err()).contains("unknown field 'titel'", "line 4");

        // edit: a blocker first (an empty short description), then fixed; screenshots: one dropped, one recaptioned,
        // one new file
        ((ObjectNode) card.path("texts").path("en")).put("shortDescription", "");
        Files.writeString(file, YAML.writeValueAsString(card));
        assertThat(souk("card", "push", "souk/card.yaml").code()).isZero();
        Run blocked = souk("check", code);
        assertThat(blocked.code()).as(blocked.all()).isEqualTo(1);
        assertThat(blocked.out()).contains("BLOCKER", "card.texts.en.shortDescription", "Fix the blockers");
        Run notSubmitted = souk("submit", code);
        assertThat(notSubmitted.code()).as(notSubmitted.all()).isEqualTo(1);
        assertThat(notSubmitted.err()).contains("Not submitted", "card.texts.en.shortDescription");

        ((ObjectNode) card.path("texts").path("en")).put("shortDescription",
                "Reminds your customers of upcoming deals by SMS, straight from the deal's card.");
        shots.remove(2);
        ((ObjectNode) shots.get(0)).put("caption", "Deals with reminders");
        screenshot(project.resolve("souk/card.media/history.png"), "History");
        shots.addObject().put("file", "card.media/history.png").put("caption", "History");
        Files.writeString(file, YAML.writeValueAsString(card));
        Run push = souk("card", "push", "souk/card.yaml");
        assertThat(push.code()).as(push.all()).isZero();
        assertThat(push.out()).contains("texts en, ru", "screenshots: 3 (1 uploaded, 1 removed, 1 captions changed)");
        JsonNode pushed = api.get("/api/v1/solutions/" + code + "/card", partner.token()).body();
        assertThat(pushed.path("texts").path("en").path("shortDescription").asString()).startsWith("Reminds your");
        assertThat(pushed.path("screenshots").findValuesAsString("caption"))
                .containsExactly("Deals with reminders", "Reminders", "History");
        // pushing the same file again changes nothing
        assertThat(souk("card", "push", "souk/card.yaml").out()).contains("0 uploaded, 0 removed, 0 captions changed");
        // the same card as JSON, by the file's name
        assertThat(souk("card", "pull", code, "-f", "souk/card.json").code()).isZero();
        assertThat(SoukClient.JSON.readTree(Files.readString(project.resolve("souk/card.json"))).path("texts")
                .path("en").path("shortDescription").asString()).startsWith("Reminds your");
        Run json = souk("card", "push", "souk/card.json");
        assertThat(json.out()).as(json.all()).contains("0 uploaded, 0 removed, 0 captions changed");

        // the version: scopes, URLs, "What's new" and the archive from files
        Run versionPull = souk("version", "pull", code, "-f", "souk/version.yaml");
        assertThat(versionPull.code()).as(versionPull.all()).isZero();
        ObjectNode version = (ObjectNode) YAML.readTree(Files.readString(project.resolve("souk/version.yaml")));
        assertThat(version.path("scopes").isArray()).isTrue();
        version.putObject("whatsNew").put("en", "The first release.").put("ru", "Первый выпуск.");
        version.put("archive", "../build/app.zip");
        zip(project.resolve("build/app.zip"));
        Files.writeString(project.resolve("souk/version.yaml"), YAML.writeValueAsString(version));
        Run versionPush = souk("version", "push", "souk/version.yaml");
        assertThat(versionPush.code()).as(versionPush.all()).isZero();
        assertThat(versionPush.out()).contains("Updated version 1 of " + code, "uploaded the archive app.zip");
        assertThat(api.get("/api/v1/solutions/" + code + "/versions/1", partner.token()).body().path("archiveName")
                .asString()).isEqualTo("app.zip");

        Run check = souk("check", code);
        assertThat(check.code()).as(check.all()).isZero();
        assertThat(check.out()).contains("0 blocker(s)", "Nothing blocks a submission");

        // submit and wait while the moderator claims and approves: exit 0
        Future<Run> approval = background.submit(() -> souk("submit", code, "--wait", "--interval", "1s",
                "--timeout", "5m"));
        long first = awaitInQueue(code, moderator);
        // the solution is offered in two regions: each reviews it, and it is published when both have approved
        assertThat(fixture.approveEverywhere(first, moderator).status()).isEqualTo(200);
        Run approved = approval.get(2, TimeUnit.MINUTES);
        assertThat(approved.code()).as(approved.all()).isZero();
        assertThat(approved.out()).contains("Submitted " + code + ": submission " + first + " (version 1): queued",
                "Approved: " + code + " version 1 is published.");

        Run status = souk("status", code);
        assertThat(status.code()).isZero();
        assertThat(status.out()).contains("status: published; published version: 1", "approved");
        // in the user's language: the tool's words and the market's
        Run russian = souk(Map.of("LANG", "ru_RU.UTF-8"), "", "status", code);
        assertThat(russian.out()).contains("статус: опубликовано; опубликованная версия: 1", "одобрено");

        // the next release: version 1 is moderated, so a push adds version 2; returned with remarks: exit 2
        version.putObject("whatsNew").put("en", "Reminders a day before the deal closes.")
                .put("ru", "Напоминания за день до закрытия сделки.");
        Files.writeString(project.resolve("souk/version.yaml"), YAML.writeValueAsString(version));
        Run next = souk("version", "push", "souk/version.yaml");
        assertThat(next.out()).as(next.all()).contains("Added version 2 of " + code, "the archive is unchanged");
        Future<Run> returning = background.submit(() -> souk("submit", code, "--wait", "--interval", "1s",
                "--timeout", "5m"));
        long second = awaitInQueue(code, moderator);
        api.post("/api/v1/moderation/submissions/" + second + "/claim", Map.of(), moderator);
        assertThat(api.post("/api/v1/moderation/submissions/" + second + "/return", Map.of(
                "comment", "Say what the reminder's text looks like.",
                "fieldComments", List.of(Map.of("field", "card.texts.en.installation",
                        "comment", "Name the settings page."))),
                moderator).status()).isEqualTo(200);
        Run returned = returning.get(2, TimeUnit.MINUTES);
        assertThat(returned.code()).as(returned.all()).isEqualTo(2);
        assertThat(returned.out()).contains("Returned for revision", "Say what the reminder's text looks like.",
                "card.texts.en.installation: Name the settings page.");

        // a wait that runs out: exit 3
        Future<Run> waiting = background.submit(() -> souk("submit", code, "--wait", "--interval", "1s",
                "--timeout", "2s"));
        Run timedOut = waiting.get(2, TimeUnit.MINUTES);
        assertThat(timedOut.code()).as(timedOut.all()).isEqualTo(3);
        assertThat(timedOut.out()).contains("No decision after 2s", "souk status " + code);
        assertThat(api.post("/api/v1/solutions/" + code + "/submissions/current/cancellation", Map.of(),
                partner.token()).status()).isEqualTo(200);
    }

    /**
     * Issue 16, done when: a partner's release job publishes a new version with the tool alone (card push, version
     * push, check, submit --wait) while a moderator approves, and the partner's webhook receiver, which verifies every
     * signature, hears each event of the loop once (repeats dropped by event id, as a receiver does) in the order
     * they happened. Each step with the narrowest token: one solution to publish, read only to list the deliveries,
     * write to send one again.
     */
    @Test
    void aReleaseJobPublishesANewVersionAndItsWebhookHearsEveryStepOnceInOrder() throws Exception {
        List<String> loop = List.of("submission.queued", "submission.claimed", "submission.approved",
                "solution.published");
        PartnerLogin partner = approvedPartner("release");
        fixture.signAgreements(partner);
        String code = fixture.solutionInGlobalOnly(partner, "release_app");
        String moderator = fixture.moderator(uniqueCode("mona") + "@souk.test");
        String url = "http://127.0.0.1:" + port;
        // version 1 is in the catalog already
        Api.Response first = api.post("/api/v1/solutions/" + code + "/submissions", Map.of(), partner.token());
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        assertThat(fixture.approveEverywhere(first.body().path("id").asLong(), moderator).status()).isEqualTo(200);

        try (Receiver receiver = new Receiver()) {
            outbound.add(receiver.hostPort());
            // the partner's receiver wants every event there is
            List<String> every = api.get("/api/v1/partners/me/webhooks/event-types", partner.token()).body()
                    .findValues("type").stream().map(JsonNode::asString).toList();
            Api.Response hook = api.post("/api/v1/partners/me/webhooks", Map.of("url", receiver.url(), "events",
                    every, "description", "release job"), partner.token());
            assertThat(hook.status()).as(hook.body().toString()).isEqualTo(201);
            receiver.secret(hook.text("secret"));
            long endpoint = hook.body().path("id").asLong();

            // on the developer's machine: a token for this solution only, for a day, kept in the user's config
            Run login = typed(PASSWORD + "\n", "login", "--url", url, "--email", partner.email(), "--solution", code,
                    "--days", "1", "--token-name", "release job");
            assertThat(login.code()).as(login.all()).isZero();
            assertThat(login.out()).contains("The token may read and change " + code);
            JsonNode issued = api.get("/api/v1/tokens", partner.token()).body().path("items").get(0);
            assertThat(issued.path("name").asString()).isEqualTo("release job");
            assertThat(issued.path("solution").asString()).isEqualTo(code);
            assertThat(issued.path("access").asString()).isEqualTo("write");
            assertThat(Instant.parse(issued.path("expiresAt").asString()))
                    .isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
            Properties saved = new Properties();
            try (var reader = Files.newBufferedReader(home.resolve("config/souk/config"))) {
                saved.load(reader);
            }
            String token = saved.getProperty("token");
            assertThat(souk("card", "pull", code, "-f", "souk/card.yaml").code()).isZero();
            assertThat(souk("version", "pull", code, "-f", "souk/version.yaml").code()).isZero();
            try (var files = Files.walk(project)) { // the token is in the user's config, nothing of it in the project
                assertThat(files.filter(Files::isRegularFile)).noneMatch(f -> f.getFileName().toString()
                        .equals("config") || contains(f, token));
            }
            ObjectNode card = (ObjectNode) YAML.readTree(Files.readString(project.resolve("souk/card.yaml")));
            ((ObjectNode) card.path("texts").path("en")).put("shortDescription",
                    "Reminds your customers of upcoming deals by SMS, now with a summary every morning.");
            Files.writeString(project.resolve("souk/card.yaml"), YAML.writeValueAsString(card));
            ObjectNode version = (ObjectNode) YAML.readTree(Files.readString(project.resolve("souk/version.yaml")));
            version.putObject("whatsNew").put("en", "A summary every morning.").put("ru", "Сводка каждое утро.");
            Files.writeString(project.resolve("souk/version.yaml"), YAML.writeValueAsString(version));

            // the release job: SOUK_URL and SOUK_TOKEN from the CI's secrets, the tool and nothing else
            Map<String, String> ci = Map.of("SOUK_URL", url, "SOUK_TOKEN", token);
            Run cardPush = souk(ci, "", "card", "push", "souk/card.yaml");
            assertThat(cardPush.code()).as(cardPush.all()).isZero();
            Run pushed = souk(ci, "", "version", "push", "souk/version.yaml");
            assertThat(pushed.code()).as(pushed.all()).isZero();
            assertThat(pushed.out()).contains("Added version 2 of " + code);
            Run check = souk(ci, "", "check", code);
            assertThat(check.code()).as(check.all()).isZero();
            Future<Run> release = background.submit(() -> souk(ci, "", "submit", code, "--wait", "--interval", "1s",
                    "--timeout", "5m"));
            long second = awaitInQueue(code, moderator);
            assertThat(fixture.approveEverywhere(second, moderator).status()).isEqualTo(200);
            Run released = release.get(2, TimeUnit.MINUTES);
            assertThat(released.code()).as(released.all()).isZero();
            assertThat(released.out()).contains("Approved: " + code + " version 2 is published.");

            // every step, verified, once each by its event id, in order
            await().atMost(Duration.ofSeconds(30)).until(() -> once(receiver).size() >= loop.size());
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> receiver.calls().size() == loop.size());
            assertThat(receiver.calls()).allMatch(Receiver.Call::verified);
            List<Receiver.Call> heard = once(receiver);
            assertThat(heard).extracting(Receiver.Call::type).containsExactlyElementsOf(loop);
            assertThat(heard.stream().map(c -> Instant.parse(c.body().path("time").asString())).toList()).isSorted();
            assertThat(heard.get(0).body().path("data").path("submission").path("id").asLong()).isEqualTo(second);
            assertThat(heard.get(3).body().path("data").path("solution").path("version").asInt()).isEqualTo(2);

            // the deliveries are beyond a one-solution token: the tool names the login that reaches them
            Run narrow = souk(ci, "", "deliveries");
            assertThat(narrow.code()).as(narrow.all()).isEqualTo(7);
            assertThat(narrow.err()).contains("is limited to the solution " + code, "souk login --url " + url
                    + " --email " + partner.email());
            Run reading = typed(PASSWORD + "\n", "login", "--url", url, "--email", partner.email());
            assertThat(reading.code()).as(reading.all()).isZero();
            Run deliveries = souk("deliveries");
            assertThat(deliveries.code()).as(deliveries.all()).isZero();
            assertThat(deliveries.out()).contains("Endpoint " + endpoint + ": " + receiver.url() + " (active)",
                    "4 of 4 deliveries shown");
            for (String type : loop) {
                assertThat(deliveries.out()).containsPattern("\\d+ +" + java.util.regex.Pattern.quote(type)
                        + " .* delivered +evt_");
            }
            assertThat(deliveries.out().split("attempt 1: 200 at ", -1)).hasSize(loop.size() + 1);

            // sending one again needs a token that may write; the receiver drops the repeat by its id
            long published = api.get("/api/v1/partners/me/webhooks/" + endpoint + "/deliveries", partner.token())
                    .body().path("items").get(0).path("id").asLong();
            Run readOnly = souk("deliveries", "--redeliver", String.valueOf(published));
            assertThat(readOnly.code()).as(readOnly.all()).isEqualTo(7);
            assertThat(readOnly.err()).contains("may only read", "--access write");
            assertThat(typed(PASSWORD + "\n", "login", "--url", url, "--email", partner.email(), "--access", "write")
                    .code()).isZero();
            Run again = souk("deliveries", "--endpoint", String.valueOf(endpoint), "--redeliver",
                    String.valueOf(published));
            assertThat(again.code()).as(again.all()).isZero();
            assertThat(again.out()).contains("Delivery " + published + " (solution.published, event "
                    + heard.get(3).id() + ") is being sent again");
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.calls().size() == loop.size() + 1);
            assertThat(receiver.calls().get(loop.size()).verified()).isTrue();
            assertThat(once(receiver)).extracting(Receiver.Call::type).containsExactlyElementsOf(loop);
            await().atMost(Duration.ofSeconds(5)).until(() -> souk("deliveries", "--limit", "1").out()
                    .contains("attempt 2: 200 at "));
            assertThat(souk("deliveries", "--limit", "1").out()).contains(", sent again on request");
            // an unknown delivery: the market's sentence
            Run unknown = souk("deliveries", "--endpoint", String.valueOf(endpoint), "--redeliver", "999999999");
            assertThat(unknown.code()).as(unknown.all()).isEqualTo(5);
            assertThat(unknown.err()).contains("There is no delivery 999999999 of this endpoint.");
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a receiver keeps: each event once, by its id, in the order it first arrived. */
    private static List<Receiver.Call> once(Receiver receiver) {
        Map<String, Receiver.Call> byId = new LinkedHashMap<>();
        receiver.calls().forEach(call -> byId.putIfAbsent(call.id(), call));
        return List.copyOf(byId.values());
    }

    @Test
    void usageErrorsAndHelp() {
        Run help = souk("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("login", "solutions", "card", "version", "check", "submit", "status",
                "deliveries", "Exit codes:", "7   the token does not allow it");
        Run limit = souk("deliveries", "--limit", "0");
        assertThat(limit.code()).isEqualTo(64);
        assertThat(limit.err()).contains("--limit must be between 1 and 200, not 0");
        Run scopeWithoutEmail = souk("login", "--url", "http://127.0.0.1:" + port, "--solution", "x.y");
        assertThat(scopeWithoutEmail.code()).isEqualTo(64);
        assertThat(scopeWithoutEmail.err()).contains("use them with --email");
        assertThat(souk(Map.of("LC_ALL", "ru_RU.UTF-8"), "", "submit", "--help").out())
                .contains("Отправить черновик на модерацию", "Ждать решения модератора");
        assertThat(souk(Map.of("LANG", "ru_RU.UTF-8"), "", "--help").out()).contains("Коды завершения:");
        Run unknown = souk("sumbit");
        assertThat(unknown.code()).isEqualTo(64);
        assertThat(unknown.err()).contains("submit");
        Run badDuration = souk("submit", "x.y", "--wait", "--timeout", "soon");
        assertThat(badDuration.code()).isEqualTo(64);
        assertThat(badDuration.err()).contains("'soon' is not a duration");
    }

    /** The id of the solution's submission once it is in the moderators' queue. */
    private long awaitInQueue(String code, String moderator) throws InterruptedException {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            for (JsonNode item : api.get("/api/v1/moderation/queue?size=100", moderator).body().path("items")) {
                if (code.equals(item.path("solutionCode").asString())) {
                    return item.path("id").asLong();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError(code + " never reached the queue");
    }

    private static void screenshot(Path file, String text) throws IOException {
        BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xf4f6fa));
        g.fillRect(0, 0, 960, 540);
        g.setColor(new Color(0x2f6fde));
        g.fillRect(0, 0, 960, 64);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString(text, 60, 160);
        for (int row = 0; row < 5; row++) {
            g.drawRect(60, 200 + row * 60, 840, 44);
            g.drawString("Deal " + (row + 1), 80, 236 + row * 60);
        }
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static void zip(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write("<!DOCTYPE html><html lang=\"en\"><head><title>App</title></head><body><p>App</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
