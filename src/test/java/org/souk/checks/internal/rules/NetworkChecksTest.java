package org.souk.checks.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.souk.checks.internal.rules.CheckFixtures.clean;
import static org.souk.checks.internal.rules.CheckFixtures.run;
import static org.souk.checks.internal.rules.CheckFixtures.withCard;
import static org.souk.checks.internal.rules.CheckFixtures.withEnglish;
import static org.souk.checks.internal.rules.CheckFixtures.withVersion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.souk.checks.Finding;
import org.souk.checks.Severity;
import org.souk.checks.internal.Check;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.outbound.GuardedHttp;
import org.souk.outbound.HttpAnswer;
import org.souk.outbound.OutboundAllowList;
import org.souk.outbound.OutboundSettings;
import org.souk.outbound.TestServer;
import org.souk.solution.Card;
import org.souk.solution.Draft;
import org.souk.solution.VersionCard;

/**
 * The network checks (V-09, F-07, C-21, C-27) against real HTTP and HTTPS servers on 127.0.0.1, with a
 * guarded client that allows loopback (built for the test) — and one that does not, as in production.
 */
class NetworkChecksTest {

    @TempDir
    static Path dir;

    private static TestServer web;
    private static TestServer secure;
    private static TestServer.Tls tls;
    /** Loopback allowed, the test's certificate trusted. */
    private static GuardedHttp loopback;
    private static NetworkProbes probes;
    /** Loopback allowed, only the JVM's authorities trusted: the self-signed server fails. */
    private static NetworkProbes strictTls;
    /** The production guard: loopback refused. */
    private static NetworkProbes production;

    @BeforeAll
    static void start() throws Exception {
        String html = "<html><head><title>License</title><script>var t = 'nothing';</script></head><body>"
                + "<h1>License agreement for &laquo;SMS&nbsp;Reminders&raquo;</h1><p>Terms.</p></body></html>";
        web = TestServer.http("127.0.0.1")
                .answer("/ok", 200, "text/html; charset=utf-8", "<p>SMS Reminders: fine</p>")
                // counted by the test of one request per URL: other tests' unawaited requests go to /ok
                .answer("/shared", 200, "text/html; charset=utf-8", "<p>SMS Reminders: fine</p>")
                .redirect("/moved", 301, "/ok").redirect("/found", 302, "/ok")
                .redirect("/to-missing", 302, "/missing")
                .answer("/license.html", 200, "text/html; charset=utf-8", html)
                .answer("/license-ru.html", 200, "text/html; charset=windows-1251",
                        "<p>Лицензия на SMS-напоминания</p>".getBytes("windows-1251"))
                .answer("/other.html", 200, "text/html", "<h1>License agreement for Some Other App</h1>")
                .answer("/license.pdf", 200, "application/pdf", pdf("License agreement for SMS Reminders"))
                .answer("/nameless.pdf", 200, "application/pdf", pdf("License agreement for this software"))
                .answer("/license.txt", 200, "text/plain", "SMS Reminders - end user license")
                .answer("/download", 200, "text/plain", "SMS Reminders license", "Content-Disposition",
                        "attachment; filename=license.txt")
                .answer("/binary", 200, "application/octet-stream", "SMS Reminders license")
                .answer("/image.png", 200, "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' })
                .answer("/video", 200, "text/html", "<video></video>")
                .slow("/slow", 4_000)
                .slow("/pause", 800);
        tls = TestServer.Tls.selfSigned(dir, "ip:127.0.0.1");
        secure = TestServer.https("127.0.0.1", tls).answer("/app", 200, "text/html", "<p>app</p>");
        // the servers' own host:port pairs, and a port nobody listens on (a URL that does not connect)
        OutboundAllowList allowed = OutboundAllowList.of(web.hostPort(), secure.hostPort(), "127.0.0.1:1");
        OutboundSettings defaults = OutboundSettings.defaults();
        loopback = new GuardedHttp(defaults, tls.trusting(), allowed);
        probes = new NetworkProbes(loopback, Duration.ofSeconds(10), 4);
        strictTls = new NetworkProbes(new GuardedHttp(defaults, SSLContext.getDefault(), allowed), Duration.ofSeconds(10), 4);
        production = new NetworkProbes(new GuardedHttp(OutboundSettings.defaults()), Duration.ofSeconds(10), 4);
    }

    @AfterAll
    static void stop() {
        web.close();
        secure.close();
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The clean card with its URLs (license, privacy, contact, demo) and the version's (app, installer, handler). */
    private static Draft urls(String license, String privacy, String contact, String demo, String app, String installer,
            String handler) {
        Draft draft = withCard(clean(), c -> new Card(c.categories(), c.tags(), c.texts(), c.iconKey(), c.iconThumbKey(),
                c.screenshots(), license, privacy, contact, demo, c.pricingPolicy(), c.testData()));
        return withVersion(draft, v -> new VersionCard(v.number(), v.scopes(), v.ownPage(), v.leftMenu(), v.mobile(),
                v.placements(), v.installableWithoutAdmin(), app, v.archiveKey(), v.archiveName(), v.archiveSize(),
                installer, handler, v.whatsNew(), v.moderated()));
    }

    private static Draft legal(String license, String privacy) {
        return urls(web.url(license), web.url(privacy), null, null, web.url("/ok"), null, null);
    }

    private static Draft description(String html) {
        return withEnglish(urls(null, null, null, null, web.url("/ok"), null, null),
                t -> CheckFixtures.fullDescription(t, html));
    }

    private static List<String> seen(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.field() + " | " + f.message()).toList();
    }

    @Test
    void v09EveryUrlAnswersAHeadWith200Or301Or302() {
        Draft fine = urls(web.url("/ok"), web.url("/moved"), web.url("/found"), web.url("/ok"), secure.url("/app"),
                web.url("/to-missing"), web.url("/ok?handler"));
        assertThat(run(new UrlAccessCheck(probes), fine)).isEmpty();

        Draft broken = urls(web.url("/ok"), web.url("/missing"), null, null, "http://127.0.0.1:1/app", null, null);
        List<Finding> findings = run(new UrlAccessCheck(probes), broken);
        assertThat(seen(findings)).containsExactly(
                "BLOCKER card.privacyUrl | V-09: The specified URL is not accessible",
                "BLOCKER version.appUrl | V-09: The specified URL is not accessible");
        assertThat(findings.get(0).evidence()).isEqualTo(web.url("/missing") + " — HTTP 404");
        assertThat(findings.get(1).evidence()).contains("connect");
        assertThat(findings.get(0).hint()).contains("HEAD");
    }

    @Test
    void v09AndC27RefuseInternalAddressesInProduction() {
        List<Finding> findings = run(new UrlAccessCheck(production), urls(web.url("/ok"), null, null, null,
                "http://169.254.169.254/latest/meta-data/", null, null));
        assertThat(seen(findings)).containsExactly(
                "BLOCKER card.licenseUrl | V-09: The specified URL is not accessible",
                "BLOCKER version.appUrl | V-09: The specified URL is not accessible");
        assertThat(findings.get(1).evidence()).contains("169.254.169.254", "link-local");

        List<Finding> media = run(new DescriptionMediaCheck(production),
                description("<p><img src=\"" + web.url("/image.png") + "\"></p>"));
        assertThat(seen(media)).containsExactly("BLOCKER card.texts.en.fullDescription | C-27: An image or video of the "
                + "description is on a private or local address.");
    }

    @Test
    void f07HttpsUrlsNeedACertificateOfATrustedAuthority() {
        Draft draft = urls(web.url("/ok"), null, null, null, secure.url("/app"), null, null);
        assertThat(run(new TlsCertificateCheck(probes), draft)).isEmpty();

        List<Finding> findings = run(new TlsCertificateCheck(strictTls), draft);
        assertThat(seen(findings)).containsExactly(
                "BLOCKER version.appUrl | F-07: The server part needs a valid TLS certificate");
        assertThat(findings.get(0).evidence()).contains(secure.url("/app"), "trusted authority");
        assertThat(seen(run(new UrlAccessCheck(strictTls), draft)))
                .containsExactly("BLOCKER version.appUrl | V-09: The specified URL is not accessible");
    }

    @Test
    void c21TheLicenseAndPrivacyLinksOpenInTheBrowserAndTheLicenseNamesTheSolution() {
        LegalLinksCheck check = new LegalLinksCheck(probes);
        assertThat(run(check, legal("/license.html", "/ok"))).isEmpty();
        assertThat(run(check, legal("/license.pdf", "/license.txt"))).isEmpty();
        assertThat(run(check, legal("/license.txt", "/moved"))).isEmpty();
        assertThat(run(check, legal("/license-ru.html", "/ok"))).as("the Russian title, a windows-1251 page").isEmpty();

        assertThat(seen(run(check, legal("/binary", "/download")))).containsExactlyInAnyOrder(
                "BLOCKER card.licenseUrl | C-21: The link opens as “application/octet-stream”, not as a page, a PDF or "
                        + "a text file.",
                "BLOCKER card.privacyUrl | C-21: The link downloads a file instead of opening it in the browser.");
        assertThat(seen(run(check, legal("/other.html", "/to-missing")))).containsExactlyInAnyOrder(
                "WARNING card.licenseUrl | C-21: The license does not name the solution: “SMS Reminders / "
                        + "SMS-напоминания” is not found in its text.",
                "BLOCKER card.privacyUrl | C-21: The link does not open in the browser.");
        assertThat(seen(run(check, legal("/nameless.pdf", "/ok")))).containsExactly(
                "WARNING card.licenseUrl | C-21: The license does not name the solution: “SMS Reminders / "
                        + "SMS-напоминания” is not found in its text.");
        assertThat(run(check, legal("/missing", "/ok"))).as("V-09's finding, not repeated").isEmpty();
    }

    @Test
    void c27ImagesAndVideosOfTheDescriptionAnswer() {
        DescriptionMediaCheck check = new DescriptionMediaCheck(probes);
        assertThat(run(check, description("<p>Deals <img src=\"" + web.url("/image.png") + "\" alt=\"x\"></p>"
                + "<iframe src='" + web.url("/video") + "'></iframe><video src=" + web.url("/moved") + "></video>")))
                .isEmpty();

        List<Finding> findings = run(check, description("<p><img alt=\"deals\" src=\"" + web.url("/gone.png")
                + "\"></p><p><iframe src=\"" + web.url("/ok") + "\"></iframe></p>"));
        assertThat(seen(findings)).containsExactly(
                "BLOCKER card.texts.en.fullDescription | C-27: An image or video of the description does not answer.");
        assertThat(findings.get(0).evidence()).isEqualTo(web.url("/gone.png") + " — HTTP 404");
    }

    @Test
    void aRunAsksEachUrlOnceInParallelAndStopsAtItsBudget() {
        // the same URL in four fields and the description, asked by four checks: one HEAD (and one GET)
        String shared = web.url("/shared");
        Draft draft = withEnglish(urls(shared, shared, shared, web.url("/pause?1"), web.url("/pause?2"),
                web.url("/pause?3"), web.url("/pause?4")), t -> CheckFixtures.fullDescription(t,
                        "<p><img src=\"" + shared + "\"></p>"));
        int headsBefore = web.hits("HEAD", "/shared");
        int getsBefore = web.hits("GET", "/shared");
        long start = System.nanoTime();
        List<Finding> findings = runTogether(draft, probes, new UrlAccessCheck(probes), new TlsCertificateCheck(probes),
                new LegalLinksCheck(probes), new DescriptionMediaCheck(probes));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(web.hits("HEAD", "/shared") - headsBefore).isEqualTo(1);
        assertThat(web.hits("GET", "/shared") - getsBefore).isEqualTo(1);
        assertThat(findings).isEmpty();
        // four URLs that take 0.8 s each: 3.2 s one after the other, about 0.8 s four at a time
        assertThat(took).isLessThan(Duration.ofMillis(2_400));
        System.out.println("A run of the four network checks over 5 URLs (4 of them 0.8 s slow) took " + took.toMillis()
                + " ms");

        NetworkProbes tight = new NetworkProbes(loopback, Duration.ofSeconds(1), 4);
        start = System.nanoTime();
        List<Finding> late = runTogether(urls(web.url("/slow"), web.url("/ok?fast"), null, null, web.url("/ok"), null,
                null), tight, new UrlAccessCheck(tight), new LegalLinksCheck(tight));
        took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(seen(late)).containsExactly(
                "INFO card.licenseUrl | V-09: The address could not be checked in the time a check run has.",
                "INFO card.licenseUrl | C-21: The link could not be opened in the time a check run has.");
        assertThat(took).as("the budget of 1 s, not the server's 4 s").isLessThan(Duration.ofMillis(2_500));
        System.out.println("A run with a 1 s budget and a 4 s slow license link ended after " + took.toMillis() + " ms");
    }

    /** The checks one after the other over one context, as the engine runs them. */
    private static List<Finding> runTogether(Draft draft, NetworkProbes probes, Check... checks) {
        CheckContext context = new CheckContext(draft, Set.of("en", "ru"), CheckFixtures.CATEGORIES, CheckFixtures.WORDS,
                List.of());
        Findings findings = new Findings(CheckFixtures.MESSAGES);
        for (Check check : checks) {
            assertThat(check.network()).isTrue();
            findings.start(check.rule(), check.severity());
            check.run(context, findings);
        }
        return new ArrayList<>(findings.all());
    }

    @Test
    void withoutUrlsNoRequestIsMade() {
        // counted where the checks send, not at the test servers: other tests' unawaited requests land there late
        AtomicInteger sent = new AtomicInteger();
        GuardedHttp counting = new GuardedHttp(OutboundSettings.defaults(), tls.trusting(),
                OutboundAllowList.of(web.hostPort(), secure.hostPort())) {
            @Override
            public HttpAnswer send(String method, String url, String contentType, byte[] body,
                    boolean followRedirects, Instant deadline) {
                sent.incrementAndGet();
                return super.send(method, url, contentType, body, followRedirects, deadline);
            }
        };
        NetworkProbes counted = new NetworkProbes(counting, Duration.ofSeconds(10), 4);
        Draft none = withEnglish(urls(null, null, null, null, null, null, null),
                t -> CheckFixtures.fullDescription(t, "<p>No media.</p>"));
        for (Check check : List.of(new UrlAccessCheck(counted), new TlsCertificateCheck(counted),
                new LegalLinksCheck(counted), new DescriptionMediaCheck(counted))) {
            assertThat(run(check, none)).isEmpty();
            assertThat(check.severity()).isEqualTo(Severity.BLOCKER);
        }
        assertThat(sent).hasValue(0);
    }
}
