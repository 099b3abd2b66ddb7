package org.souk.checks.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.souk.checks.internal.rules.CheckFixtures.clean;
import static org.souk.checks.internal.rules.CheckFixtures.run;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.souk.checks.Finding;
import org.souk.checks.Severity;
import org.souk.checks.internal.ArchiveContents;
import org.souk.checks.internal.ArchiveReader;
import org.souk.solution.Draft;
import org.souk.solution.TechnologyType;
import org.souk.solution.VersionCard;
import org.souk.storage.BlobStore;

/** The archive checks F-12, F-04, F-13, F-02 and T-SITE-1 on zips built here and kept in a real folder store. */
class ArchiveChecksTest {

    @TempDir
    Path folder;

    BlobStore store;
    ArchiveReader reader;

    @BeforeEach
    void store() {
        store = CheckFixtures.blobStore(folder);
        reader = new ArchiveReader(store);
    }

    /** A clean static app: pages, styles, scripts, an image, fictional demo data. */
    static Map<String, byte[]> cleanApp() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", text("""
                <!doctype html>
                <html><head><meta charset="utf-8"><title>SMS Reminders</title>
                <link rel="stylesheet" href="css/app.css?v=3">
                <script src="https://cdn.example.com/lib.js"></script>
                <script src="js/app.js"></script>
                <script>const img = new Image(); img.src = "generated-" + id + ".png";</script>
                </head><body>
                <!-- <img src="old/removed.png"> -->
                <a href="#settings">Settings</a> <a href="mailto:help@example.com">Help</a>
                <a href="https://sms-reminders.example.com/docs">Docs</a> <a href="pages/">More</a>
                <img src="img/logo.png" alt="logo"> <a href="{{ url }}">Template</a>
                </body></html>"""));
        files.put("pages/index.html", text("<a href=\"../index.html\">Back</a> <img src=\"/img/logo.png\">"));
        files.put("css/app.css", text("body { background: url('../img/logo.png') } .x { background: url(data:image/png;base64,AAAA) }"));
        files.put("js/app.js", text("""
                // the gateway key is set by the user: never here
                const API_KEY = "YOUR_API_KEY_HERE";
                const apiKey = process.env.API_KEY;
                function run(code) { return jQuery.globalEval(code); }
                const data = JSON.parse(text);
                import("https://cdn.example.com/module.js");
                """));
        files.put("data/demo.json", text("""
                [{"name": "Jane Roe", "email": "jane@example.com", "phone": "+1 202 555-0143"},
                 {"name": "Ivan", "email": "ivan@shop.example.org", "phone": "+7 (495) 123-45-67"},
                 {"name": "Max", "email": "max@demo.test", "phone": "(202) 555-0199", "id": "1700000000000"},
                 {"logo": "logo@2x.png", "version": "1.2.3", "coords": "120.5 340.25"}]"""));
        files.put("img/logo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0 });
        return files;
    }

    @Test
    void aCleanStaticAppPassesEveryArchiveCheck() {
        Draft draft = archive(TechnologyType.REST_API, zip(cleanApp()), "sms-reminders.zip");
        assertThat(run(new ArchiveSecurityCheck(reader), draft)).isEmpty();
        assertThat(run(new DemoDataCheck(reader), draft)).isEmpty();
        assertThat(run(new ArchiveLinksCheck(reader), draft)).isEmpty();
        assertThat(run(new ArchiveTextCheck(reader), draft)).isEmpty();
        assertThat(run(new PlatformPasswordCheck(reader), draft)).isEmpty();
        Draft template = archive(TechnologyType.WEBSITE_TEMPLATE, zip(cleanApp()), "corporate-site_v2.zip");
        assertThat(run(new SiteTemplateCheck(reader), template)).isEmpty();
        // a card without an archive has nothing to check
        for (var check : List.of(new ArchiveSecurityCheck(reader), new DemoDataCheck(reader),
                new ArchiveLinksCheck(reader), new SiteTemplateCheck(reader))) {
            assertThat(run(check, clean())).isEmpty();
        }
    }

    @Test
    void f12ScriptsOverHttpEvalAndSecrets() {
        Map<String, byte[]> files = cleanApp();
        files.put("index.html", text("""
                <html><head><script type="text/javascript" src="http://cdn.tracker.com/t.js"></script></head>
                <body onload="eval(window.name)"></body></html>"""));
        files.put("js/app.js", text("""
                import { chart } from "http://cdn.charts.com/chart.mjs";
                const f = new Function("a", "return a * 2");
                const awsKey = "AKIA2E0A8F3B9C1D7E6Q";
                const docsKey = "AKIAIOSFODNN7EXAMPLE";
                const config = { api_key: "f3a9c2e17b5d4e8a9c0b", secret: "short" };
                """));
        files.put("deploy/id_rsa", text("-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----\n"));
        files.put("keys.env", text("STRIPE=sk_live_4eC39HqLyjWDarjtT1zdp7dc\n"));
        List<Finding> findings = run(new ArchiveSecurityCheck(reader), archive(TechnologyType.REST_API, zip(files),
                "app.zip"));

        assertThat(findings).allMatch(f -> f.rule().equals("F-12") && f.severity() == Severity.BLOCKER
                && f.field().equals("version.archive"));
        assertThat(findings).extracting(Finding::evidence).containsExactlyInAnyOrder(
                "index.html:1: http://cdn.tracker.com/t.js",
                "js/app.js:1: http://cdn.charts.com/chart.mjs",
                "index.html:2: <body onload=\"eval(window.name)\"></body></html>",
                "js/app.js:2: const f = new Function(\"a\", \"return a * 2\");",
                "js/app.js:3: AKIA… (20 characters)",
                "js/app.js:5: api_key = f3a9… (20 characters)",
                "deploy/id_rsa:1: -----BEGIN RSA PRIVATE KEY-----",
                "keys.env:1: sk_l… (32 characters)");
        assertThat(findings).extracting(Finding::message).contains(
                "F-12: The code calls new Function(: the security scanner refuses running text as code.",
                "F-12: A script is loaded over plain http.", "F-12: The archive contains a private key.");
        assertThat(findings).extracting(Finding::evidence).noneMatch(e -> e.contains("f3a9c2e17b5d"));
    }

    @Test
    void f12ListsTenFindingsOfAKindThenHowManyMore() {
        Map<String, byte[]> files = cleanApp();
        files.put("js/app.js", text("eval(a);\n".repeat(13)));
        List<Finding> findings = run(new ArchiveSecurityCheck(reader), archive(TechnologyType.REST_API, zip(files),
                "app.zip"));
        assertThat(findings).hasSize(11);
        assertThat(findings.get(10).message()).isEqualTo("F-12: 3 more findings like these are not listed.");
    }

    @Test
    void f12ArchivesThatCannotBeUnpackedSafely() {
        byte[] zeros = new byte[5 * 1024 * 1024];
        assertThat(problem(zip(Map.of("data/huge.json", zeros)))).isEqualTo("F-12: The archive unpacks to 100 "
                + "times its size or more: it is treated as a zip bomb.");
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= ArchiveReader.MAX_ENTRIES; i++) {
            many.put("f" + i + ".txt", text("x"));
        }
        assertThat(problem(zip(many))).contains("more than 2000 files");
        assertThat(problem(zip(Map.of("../../etc/evil.js", text("x"))))).contains("outside its folder");
        assertThat(problem("not a zip at all".getBytes(StandardCharsets.UTF_8))).contains("cannot be unpacked");
        List<Finding> gone = run(new ArchiveSecurityCheck(reader), withArchive(clean(), TechnologyType.REST_API,
                "e".repeat(64), "app.zip", 10L));
        assertThat(gone).singleElement().extracting(Finding::message).asString().contains("not in the store");

        // a small file of spaces packs far better than 100:1 and is no bomb; nor is an ordinary archive
        ArchiveContents small = ArchiveReader.unpack(zip(Map.of("blank.txt", " ".repeat(500_000).getBytes())));
        assertThat(small.ok()).isTrue();
        assertThat(small.entry("blank.txt").orElseThrow().size()).isEqualTo(500_000);
    }

    @Test
    void f04RealLookingContactsInDemoData() {
        Map<String, byte[]> files = cleanApp();
        files.put("data/customers.csv", text("""
                name;email;phone
                Anna;anna.petrova@gmail.com;+7 912 408-31-76
                Bob;bob@example.net;+1 (202) 555-0101
                Carl;carl@acme-corp.de;(415) 867-5309
                Dina;dina@example.com;8 (916) 234-56-78
                Eve;eve@example.com;+44 20 7946 0958
                Fay;fay@example.com;000-000-0000
                """));
        files.put("css/print.css", text(".a { margin: 120 340 1234; } /* author@realmail.com */"));
        files.put("js/vendor.min.js", text("/* maintainer@library-vendor.io */"));
        List<Finding> findings = run(new DemoDataCheck(reader), archive(TechnologyType.REST_API, zip(files),
                "app.zip"));
        assertThat(findings).allMatch(f -> f.rule().equals("F-04") && f.severity() == Severity.WARNING);
        assertThat(findings).extracting(Finding::evidence).containsExactlyInAnyOrder(
                "data/customers.csv:2: anna.petrova@gmail.com", "data/customers.csv:2: +7 912 408-31-76",
                "data/customers.csv:4: carl@acme-corp.de", "data/customers.csv:4: (415) 867-5309",
                "data/customers.csv:5: 8 (916) 234-56-78");
        assertThat(findings.get(0).hint()).contains("example.com");
    }

    @Test
    void f04SocialNetworkLinksInDemoData() {
        Map<String, byte[]> files = cleanApp();
        files.put("data/team.json", text("""
                [{"name": "Anna", "profile": "https://www.facebook.com/anna.petrova.1987"},
                 {"name": "Boris", "profile": "vk.com/boris_k"},
                 {"name": "Carl", "channel": "https://t.me/carl_news", "site": "https://facebook.com/"},
                 {"name": "Dina", "page": "https://www.linkedin.com/in/dina-ivanova"},
                 {"name": "Eve", "shop": "https://inbox.com/eve", "other": "https://example.com/x.com/a"}]
                """));
        List<Finding> findings = run(new DemoDataCheck(reader), archive(TechnologyType.REST_API, zip(files),
                "app.zip"));
        assertThat(findings).allMatch(f -> f.rule().equals("F-04") && f.severity() == Severity.WARNING);
        assertThat(findings).extracting(Finding::evidence).containsExactly(
                "data/team.json:1: https://www.facebook.com/anna.petrova.1987", "data/team.json:2: vk.com/boris_k",
                "data/team.json:3: https://t.me/carl_news",
                "data/team.json:4: https://www.linkedin.com/in/dina-ivanova");
        assertThat(findings.get(0).message()).contains("social network");
    }

    @Test
    void f13WrongEncodingsAndServerErrorTexts() {
        Map<String, byte[]> files = cleanApp();
        java.nio.charset.Charset cp1251 = java.nio.charset.Charset.forName("windows-1251");
        files.put("legacy.html", "<html><body>Привет</body></html>".getBytes(cp1251));
        files.put("declared.html", "<html><head><meta charset=\"windows-1251\"></head><body>Привет</body></html>"
                .getBytes(cp1251));
        // "Привет, don’t" encoded in UTF-8 and read back as Windows-1252
        String garbled = new String("Привет, don’t".getBytes(StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-1252"));
        files.put("garbled.html", text("<p>" + garbled + "</p>"));
        files.put("error.html", text("<p>Fatal error: Uncaught Error: Call to undefined function mysql_connect() "
                + "in /var/www/app.php:12</p>"));
        files.put("data/log.txt", text("Traceback (most recent call last):\n  File \"app.py\", line 3"));
        files.put("js/errors.js", text("if (status == 500) show('Internal Server Error');"));
        List<Finding> findings = run(new ArchiveTextCheck(reader), archive(TechnologyType.REST_API, zip(files),
                "app.zip"));
        assertThat(findings).allMatch(f -> f.rule().equals("F-13") && f.severity() == Severity.WARNING);
        assertThat(findings).extracting(Finding::key).containsExactly("check.F-13.encoding", "check.F-13.mojibake",
                "check.F-13.serverError", "check.F-13.serverError");
        assertThat(findings.get(0).message()).contains("legacy.html").contains("UTF-8");
        assertThat(findings.get(1).evidence()).startsWith("garbled.html:1:");
        assertThat(findings.get(2).evidence()).startsWith("error.html:1:").contains("Fatal error");
        assertThat(findings.get(3).evidence()).startsWith("data/log.txt:1:");
    }

    @Test
    void f02PagesThatAskForThePlatformPassword() {
        Map<String, byte[]> files = cleanApp();
        files.put("connect.html", text("""
                <form><label>Your Bitrix24 login</label><input name="login">
                <label>Password</label><input type="password" name="password"></form>"""));
        files.put("gateway.html", text("""
                <form><label>Gateway API key</label><input type="password" name="key"></form>"""));
        List<Finding> findings = run(new PlatformPasswordCheck(reader), archive(TechnologyType.REST_API, zip(files),
                "app.zip"));
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).rule()).isEqualTo("F-02");
        assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings.get(0).evidence()).startsWith("connect.html:2:");
        assertThat(findings.get(0).message()).contains("connect.html").contains("password");
    }

    @Test
    void f13RelativeLinksToFilesMissingFromTheArchive() {
        Map<String, byte[]> files = cleanApp();
        files.put("about.html", text("""
                <link href="css/missing.css" rel="stylesheet">
                <img src='img/Logo.png'> <script src=js/gone.js></script>
                <a href="docs/manual.pdf#page=2">Manual</a> <a href="../../outside.html">Out</a>
                <a href="https://example.com/x.html">ok</a> <a href="index.html">ok</a>
                <div style="background: url(img/bg.jpg)"></div>
                <a href="pages">ok: a folder with its index page</a>
                """));
        List<Finding> findings = run(new ArchiveLinksCheck(reader), archive(TechnologyType.REST_API, zip(files),
                "app.zip"));
        assertThat(findings).allMatch(f -> f.rule().equals("F-13") && f.severity() == Severity.BLOCKER);
        assertThat(findings).extracting(Finding::evidence).containsExactly(
                "about.html:1: css/missing.css", "about.html:2: img/Logo.png", "about.html:2: js/gone.js",
                "about.html:3: docs/manual.pdf#page=2", "about.html:3: ../../outside.html",
                "about.html:5: img/bg.jpg");
        assertThat(findings.get(1).message()).isEqualTo("F-13: A link leads to “img/Logo.png”, but the file is "
                + "“img/logo.png”: servers tell letter case apart.");
        assertThat(findings.get(0).message()).isEqualTo("F-13: A link leads to “css/missing.css”, which is not "
                + "in the archive.");
    }

    @Test
    void f13LinksFromTheRootOfAnArchiveInOneFolder() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("site/index.html", text("<img src=\"/img/a.png\"><img src=\"/img/b.png\">"));
        files.put("site/img/a.png", new byte[] { 1 });
        List<Finding> findings = run(new ArchiveLinksCheck(reader), archive(TechnologyType.WEBSITE_TEMPLATE,
                zip(files), "site.zip"));
        assertThat(findings).extracting(Finding::evidence).containsExactly("site/index.html:1: /img/b.png");
    }

    @Test
    void tSite1SizeNameAndImages() {
        Map<String, byte[]> files = cleanApp();
        byte[] photo = new byte[400 * 1024];
        new Random(1).nextBytes(photo);
        files.put("img/hero.jpg", photo);
        byte[] zip = zip(files);
        Draft draft = withArchive(clean(), TechnologyType.WEBSITE_TEMPLATE, put(zip), "Корпоративный сайт.zip",
                11L * 1024 * 1024);
        List<Finding> findings = run(new SiteTemplateCheck(reader), draft);
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.BLOCKER, Severity.BLOCKER,
                Severity.WARNING);
        assertThat(findings).extracting(Finding::message).containsExactly(
                "T-SITE-1: The template’s file name must be in English, without spaces, and end with .zip.",
                "T-SITE-1: The template’s archive has 11.0 MB; at most 10 MB.",
                "T-SITE-1: An image of the template has 400 KB; 300 KB at most is recommended.");
        assertThat(findings.get(2).evidence()).isEqualTo("img/hero.jpg (400 KB)");
        // only website templates
        assertThat(run(new SiteTemplateCheck(reader), withArchive(clean(), TechnologyType.REST_API, put(zip),
                "my app.zip", 11L * 1024 * 1024))).isEmpty();
    }

    @Test
    void archivesAreUnpackedOncePerKey() {
        String key = put(zip(cleanApp()));
        assertThat(reader.read(key)).isSameAs(reader.read(key));
        assertThat(reader.read(key).texts(ArchiveSecurityCheck.MARKUP)).extracting(ArchiveContents.Entry::path)
                .containsExactly("index.html", "pages/index.html");
    }

    private String problem(byte[] zip) {
        List<Finding> findings = run(new ArchiveSecurityCheck(reader), withArchive(clean(), TechnologyType.REST_API,
                put(zip), "app.zip", (long) zip.length));
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).severity()).isEqualTo(Severity.BLOCKER);
        return findings.get(0).message();
    }

    private Draft archive(TechnologyType type, byte[] zip, String name) {
        return withArchive(clean(), type, put(zip), name, (long) zip.length);
    }

    private String put(byte[] bytes) {
        return store.put(new ByteArrayInputStream(bytes), 64L * 1024 * 1024, "application/zip").key();
    }

    static Draft withArchive(Draft draft, TechnologyType type, String key, String name, Long size) {
        VersionCard v = draft.version();
        VersionCard version = new VersionCard(v.number(), v.scopes(), v.ownPage(), v.leftMenu(), v.mobile(),
                v.placements(), v.installableWithoutAdmin(), type == TechnologyType.REST_API ? null : v.appUrl(), key,
                name, size, v.installerUrl(), v.handlerUrl(), v.whatsNew(), v.moderated());
        return new Draft(draft.code(), type, draft.regions(), draft.card(), version);
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
