package org.souk.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.souk.support.IntegrationTest;
import org.souk.support.ModerationFixture;
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

    private Run souk(Map<String, String> locale, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>(locale);
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
        // or with the e-mail and password: a new token of its own
        Run withPassword = typed(PASSWORD + "\n", "login", "--url", url, "--email", partner.email());
        assertThat(withPassword.code()).as(withPassword.all()).isZero();
        assertThat(withPassword.out()).contains("Created the token \"souk command-line tool\"");
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

    @Test
    void usageErrorsAndHelp() {
        Run help = souk("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("login", "solutions", "card", "version", "check", "submit", "status",
                "Exit codes:");
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
