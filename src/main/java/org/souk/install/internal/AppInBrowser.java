package org.souk.install.internal;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.outbound.GuardedHttp;
import org.souk.outbound.HttpAnswer;
import org.souk.storage.Blob;
import org.souk.storage.BlobStore;
import org.souk.web.SiteAddress;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives an installed app in Debian's headless Chromium (F-11, F-13, V-06): the installer in Souk's frame must
 * call installFinish or redirect to the app; then the app page in its frame at 1280 px, where JS errors, failed
 * requests, broken images and links, a horizontal scroll bar, server error texts and mojibake are looked for,
 * the load is timed and a screenshot kept.
 *
 * <p>The browser reaches only Souk and the app's own hosts: every other origin goes to a proxy on a closed port,
 * and the app's host names are mapped to the addresses the guarded client checked (its address rules and
 * allow-list), so nothing else is looked up (no DNS rebinding). Site isolation is off so that the app's frame is
 * in the page's own renderer: the error collector and the network log see it. One browser at a time per node,
 * its JavaScript heap bounded, closed after {@code souk.app-test.run-timeout} whatever it does.
 */
@Component
public class AppInBrowser {

    private static final Logger log = LoggerFactory.getLogger(AppInBrowser.class);
    /** The proxy every other origin is sent to: nothing listens on the discard port, so they all fail. */
    private static final String NOWHERE = "http://127.0.0.1:9";
    private static final int MAX_LINKS = 15;
    private static final int MAX_EACH = 5;
    private static final long MAX_SCREENSHOT = 20L * 1024 * 1024;

    /** Runs before any script of every frame: keeps JS errors and elements that failed to load. */
    private static final String COLLECTOR = """
            (function () {
              var kept = window.__soukAppTest = { errors: [], failed: [] };
              window.addEventListener('error', function (event) {
                var target = event.target;
                if (target && target !== window && target.tagName) {
                  kept.failed.push(target.tagName.toLowerCase() + ' ' + (target.currentSrc || target.src || target.href || ''));
                } else {
                  kept.errors.push(String(event.message) + (event.filename ? ' (' + event.filename + ':' + event.lineno + ')' : ''));
                }
              }, true);
              window.addEventListener('unhandledrejection', function (event) {
                kept.errors.push('Unhandled promise rejection: ' + String(event.reason));
              });
            })();
            """;

    /** What a person would notice in the frame's document, read inside it. */
    private static final String FACTS = """
            var root = document.documentElement, kept = window.__soukAppTest || { errors: [], failed: [] };
            var images = [].slice.call(document.images).filter(function (i) { return i.complete && i.naturalWidth === 0; })
                .map(function (i) { return i.currentSrc || i.src; });
            var links = [].slice.call(document.querySelectorAll('a[href]')).map(function (a) { return a.href; })
                .filter(function (h) { return /^https?:/.test(h); });
            var navigation = performance.getEntriesByType('navigation')[0];
            return { url: location.href, ready: document.readyState, scrollWidth: root.scrollWidth,
                     clientWidth: root.clientWidth, text: document.body ? document.body.innerText.slice(0, 50000) : '',
                     images: images, links: links, errors: kept.errors, failed: kept.failed,
                     styleSheets: document.styleSheets.length,
                     loadMs: navigation && navigation.loadEventEnd > 0 ? Math.round(navigation.loadEventEnd) : 0 };
            """;

    /** Texts of PHP, Java, Python, .NET and web servers that only an error puts on a page. */
    static final Pattern SERVER_ERROR = Pattern.compile("(?m)(Fatal error:?|Parse error:|Warning: [a-z_]+\\(|"
            + "Notice: Undefined|Uncaught (?:exception|Error)|Stack trace:|Traceback \\(most recent call last\\)|"
            + "Exception in thread|Internal Server Error|Server Error in '/' Application|SQLSTATE\\[|"
            + "502 Bad Gateway|503 Service (?:Temporarily )?Unavailable|Whitelabel Error Page)[^\\n]{0,80}");
    /**
     * UTF-8 read as Latin-1 or Windows-1252 ("Ã©", "â€™", "Ð¿"), UTF-8 Cyrillic read as Windows-1251
     * ("РџСЂРёРІРµС‚"), and the replacement character of bytes that were no text at all.
     */
    static final Pattern MOJIBAKE = Pattern.compile("[ÃÂ][\\u0080-\\u00BF]|â€[\\u0080-\\u00BF\\u2018-\\u203A™œ]|"
            + "[ÐÑ][\\u0080-\\u00BF]|(?:[РС][ЂЃЉЊЋЏђѓљњќћџЎўЈҐЁЄЇІіґёєјЅѕї‚„…†‡€‰‹›‘’“”•–—™µ°±¶·©«»¬®§¦¤]){3,}|\\uFFFD");

    private final AppTestSettings settings;
    private final AppTestLaunches launches;
    private final GuardedHttp http;
    private final BlobStore blobs;
    private final SiteAddress site;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Semaphore oneAtATime = new Semaphore(1, true);
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "souk-app-test-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private volatile int localPort = 8080;

    AppInBrowser(AppTestSettings settings, AppTestLaunches launches, GuardedHttp http, BlobStore blobs,
            SiteAddress site) {
        this.settings = settings;
        this.launches = launches;
        this.http = http;
        this.blobs = blobs;
        this.site = site;
    }

    /** The browser talks to this very node (its tickets are in this node's memory), not through a balancer. */
    @EventListener
    void started(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            localPort = event.getWebServer().getPort();
        }
    }

    /** What the test needs to drive one installation, and what it found. */
    public record Target(org.souk.identity.SoukUser user, String domain, String code, String installerUrl,
            String appUrl, BooleanSupplier pending, Runnable finish) {
    }

    /** A finding before it is weighed by its rule's setting: the message key under {@code install.app.}. */
    public record Found(String rule, String page, String kind, String evidence) {
    }

    /** What one run gave; {@code skipped} is the key of the notice when the browser did not run. */
    public record Outcome(String skipped, long installerMs, long loadMs, String screenshotKey, List<Found> found) {

        static Outcome skipped(String key) {
            return new Outcome(key, 0, 0, null, List.of());
        }
    }

    /** Whether this node can run the browser at all. */
    public boolean available() {
        return new File(settings.chromium()).canExecute() && new File(settings.chromedriver()).canExecute();
    }

    public Outcome run(Target target) {
        if (!available()) {
            return Outcome.skipped("skipped.noBrowser");
        }
        try {
            if (!oneAtATime.tryAcquire(settings.runTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                return Outcome.skipped("skipped.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.skipped("skipped.busy");
        }
        try {
            return drive(target);
        } finally {
            oneAtATime.release();
        }
    }

    private Outcome drive(Target target) {
        Instant deadline = Instant.now().plus(settings.runTimeout());
        List<Found> found = new ArrayList<>();
        String local = "http://127.0.0.1:" + localPort;
        Set<String> origins = new LinkedHashSet<>(List.of(local, origin(site.get())));
        List<String> maps = new ArrayList<>();
        String installer = reachable(target.installerUrl(), "installer", deadline, origins, maps, found);
        String app = reachable(target.appUrl(), "app", deadline, origins, maps, found);
        if (installer == null && app == null) {
            return new Outcome(null, 0, 0, null, found);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("souk-app-test-");
        } catch (IOException e) {
            log.warn("app test: no temporary folder for the browser's profile: {}", e.toString());
            return Outcome.skipped("skipped.failed");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(settings.chromedriver())).usingAnyFreePort().build();
        ChromeDriver driver = null;
        ScheduledFuture<?> stop = null;
        String ticket = launches.issue(target.user(), target.domain(), target.code(), settings.runTimeout());
        try {
            driver = new ChromeDriver(service, options(profile, origins, maps));
            ChromeDriver started = driver;
            stop = watchdog.schedule(() -> quit(started), settings.runTimeout().toMillis(), TimeUnit.MILLISECONDS);
            driver.manage().timeouts().pageLoadTimeout(settings.pageTimeout());
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COLLECTOR));
            String page = local + "/app-test/" + ticket;
            long installerMs = 0;
            if (installer != null && target.pending().getAsBoolean()) {
                installerMs = install(driver, page, installer, app, target, found);
            }
            if (target.pending().getAsBoolean()) {
                target.finish().run();
            }
            if (app == null) {
                return new Outcome(null, installerMs, 0, null, found);
            }
            driver.manage().logs().get(LogType.PERFORMANCE);
            long loadMs = open(driver, page, app, local, found);
            String screenshot = screenshot(driver);
            return new Outcome(null, installerMs, loadMs, screenshot, found);
        } catch (WebDriverException e) {
            log.warn("app test of {}: the browser failed: {}", target.code(), e.getMessage());
            found.add(new Found("F-13", "app", "browserStopped", firstLine(e.getMessage())));
            return new Outcome(null, 0, 0, null, found);
        } finally {
            launches.revoke(ticket);
            if (stop != null) {
                stop.cancel(false);
            }
            quit(driver);
            service.stop();
            delete(profile);
        }
    }

    /** The page's origin for the browser, its host pinned to the checked address; null when it may not go there. */
    private String reachable(String url, String page, Instant deadline, Set<String> origins, List<String> maps,
            List<Found> found) {
        if (url == null || url.isBlank()) {
            return null;
        }
        GuardedHttp.Route route = http.route(url, deadline);
        if (!route.allowed()) {
            found.add(new Found(page.equals("installer") ? "V-06" : "F-13", page, "unreachable",
                    url + " — " + route.refusal()));
            return null;
        }
        origins.add(origin(url));
        String host = route.host();
        if (!host.matches("[0-9.]+") && !host.startsWith("[")) {
            var address = route.addresses().get(0);
            String literal = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]"
                    : address.getHostAddress();
            maps.add("MAP " + host + " " + literal);
        }
        return url;
    }

    private ChromeOptions options(Path profile, Set<String> origins, List<String> maps) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(settings.chromium());
        // every origin but these goes to the closed port; "<-loopback>" also sends localhost and link-local
        // addresses there (Chromium lets them bypass any proxy otherwise, and a PAC script cannot stop that)
        List<String> bypass = new ArrayList<>(List.of("<-loopback>"));
        bypass.addAll(origins);
        List<String> rules = new ArrayList<>(maps);
        rules.add("MAP * ~NOTFOUND");
        // the rules map IP literals too: Souk's own 127.0.0.1 and an app on an allowed address are left alone
        origins.stream().map(o -> URI.create(o).getHost()).distinct().forEach(h -> rules.add("EXCLUDE " + h));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--window-size=1280,900", "--hide-scrollbars",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--proxy-server=" + NOWHERE, "--proxy-bypass-list=" + String.join(";", bypass),
                "--host-resolver-rules=" + String.join(", ", rules),
                "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
                "--disable-site-isolation-trials", "--disable-features=IsolateOrigins,site-per-process",
                "--renderer-process-limit=2", "--js-flags=--max-old-space-size=" + settings.heapMb());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    /** The installer in the frame until installFinish (Souk's page then opens the app) or a redirect to the app. */
    private long install(ChromeDriver driver, String page, String installer, String app, Target target,
            List<Found> found) {
        long started = System.nanoTime();
        load(driver, page);
        Instant until = Instant.now().plus(settings.pageTimeout());
        String appStart = app == null ? null : app.replaceAll("[?#].*$", "");
        String framed = null;
        while (Instant.now().isBefore(until)) {
            if (!target.pending().getAsBoolean()) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            framed = frameUrl(driver);
            // the app's own page, not one below it (an installer often lives at the app's path + "install")
            if (appStart != null && framed != null && framed.replaceAll("[?#].*$", "").equals(appStart)) {
                return (System.nanoTime() - started) / 1_000_000;
            }
            pause(200);
        }
        Map<String, Object> facts = facts(driver);
        errors(facts, "installer", found);
        found.add(new Found("F-11", "installer", "neverFinished", installer));
        return 0;
    }

    /** The app page in its frame: waits for its load, then looks at it. */
    private long open(ChromeDriver driver, String page, String app, String local, List<Found> found) {
        long started = System.nanoTime();
        load(driver, page);
        String appStart = origin(app);
        Instant until = Instant.now().plus(settings.pageTimeout());
        Map<String, Object> facts = null;
        while (Instant.now().isBefore(until)) {
            facts = facts(driver);
            if (facts != null && String.valueOf(facts.get("url")).startsWith(appStart)
                    && "complete".equals(facts.get("ready"))) {
                break;
            }
            facts = null;
            pause(200);
        }
        long wall = (System.nanoTime() - started) / 1_000_000;
        if (facts == null) {
            found.add(new Found("F-13", "app", "notLoaded", app));
            return 0;
        }
        // scripts that run after the load (BX24.init's callback, timers) have a moment to fail
        pause(1000);
        facts = facts(driver);
        errors(facts, "app", found);
        failedRequests(driver, local, found);
        images(facts, found);
        links(facts, found);
        long scrollWidth = number(facts.get("scrollWidth"));
        long clientWidth = number(facts.get("clientWidth"));
        if (scrollWidth > clientWidth + 1) {
            found.add(new Found("F-13", "app", "horizontalScroll", scrollWidth + " px > " + clientWidth + " px"));
        }
        String text = String.valueOf(facts.get("text"));
        matches(SERVER_ERROR, text).forEach(m -> found.add(new Found("F-13", "app", "serverError", m)));
        matches(MOJIBAKE, text).stream().limit(1)
                .forEach(m -> found.add(new Found("F-13", "app", "mojibake", around(text, m))));
        if (number(facts.get("styleSheets")) == 0 && !text.isBlank()) {
            found.add(new Found("F-03", "app", "plainHtml", ""));
        }
        long measured = number(facts.get("loadMs"));
        return measured > 0 ? measured : wall;
    }

    /** Opens Souk's page; a frame that keeps loading past the page timeout is judged as it stands then. */
    private static void load(ChromeDriver driver, String page) {
        try {
            driver.get(page);
        } catch (org.openqa.selenium.TimeoutException e) {
            log.debug("app test: {} still loading: {}", page, firstLine(e.getMessage()));
        }
    }

    /** The facts of the frame's document, or null while it is not there. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> facts(ChromeDriver driver) {
        try {
            driver.switchTo().defaultContent();
            driver.switchTo().frame("app-frame");
            return (Map<String, Object>) driver.executeScript(FACTS);
        } catch (WebDriverException e) {
            return null;
        } finally {
            try {
                driver.switchTo().defaultContent();
            } catch (WebDriverException e) {
                log.debug("app test: back to the page: {}", e.getMessage());
            }
        }
    }

    private static String frameUrl(ChromeDriver driver) {
        Map<String, Object> facts = facts(driver);
        return facts == null ? null : String.valueOf(facts.get("url"));
    }

    private static void errors(Map<String, Object> facts, String page, List<Found> found) {
        if (facts == null) {
            return;
        }
        list(facts.get("errors")).stream().distinct().limit(MAX_EACH)
                .forEach(e -> found.add(new Found("F-13", page, "jsError", e)));
    }

    private static void images(Map<String, Object> facts, List<Found> found) {
        Set<String> broken = new LinkedHashSet<>(list(facts.get("images")));
        list(facts.get("failed")).stream().filter(f -> f.startsWith("img ")).map(f -> f.substring(4))
                .forEach(broken::add);
        broken.stream().limit(MAX_EACH).forEach(src -> found.add(new Found("F-13", "app", "brokenImage", src)));
    }

    /** Each distinct link of the page once, through the guarded client: an answer of 400 or more is broken. */
    private void links(Map<String, Object> facts, List<Found> found) {
        Instant until = Instant.now().plus(settings.pageTimeout());
        int broken = 0;
        for (String link : list(facts.get("links")).stream().map(l -> l.replaceAll("#.*$", "")).distinct()
                .limit(MAX_LINKS).toList()) {
            if (Instant.now().isAfter(until) || broken >= MAX_EACH) {
                break;
            }
            HttpAnswer answer = http.head(link, until);
            if (answer.answered() && (answer.status() == 405 || answer.status() == 501)) {
                answer = http.get(link, until);
            }
            if (!answer.answered() || answer.status() >= 400) {
                broken++;
                found.add(new Found("F-13", "app", "brokenLink", link + " — " + answer.describe()));
            }
        }
    }

    /** Requests of the app (not of Souk's own page) that failed or were answered with 400 or more. */
    private void failedRequests(ChromeDriver driver, String local, List<Found> found) {
        Map<String, String> urls = new HashMap<>();
        Set<String> failed = new LinkedHashSet<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message;
            try {
                message = json.readTree(entry.getMessage()).path("message");
            } catch (RuntimeException e) {
                continue;
            }
            JsonNode params = message.path("params");
            String requestId = params.path("requestId").asString("");
            switch (message.path("method").asString("")) {
                case "Network.requestWillBeSent" -> urls.put(requestId, params.path("request").path("url").asString(""));
                case "Network.responseReceived" -> {
                    int status = params.path("response").path("status").asInt(0);
                    String url = params.path("response").path("url").asString("");
                    if (status >= 400 && !url.startsWith(local)) {
                        failed.add(url + " — HTTP " + status);
                    }
                }
                case "Network.loadingFailed" -> {
                    String url = urls.getOrDefault(requestId, "");
                    if (!url.startsWith(local) && !url.isEmpty() && !params.path("canceled").asBoolean(false)) {
                        failed.add(url + " — " + params.path("errorText").asString(""));
                    }
                }
                default -> {
                }
            }
        }
        failed.stream().limit(MAX_EACH).forEach(f -> found.add(new Found("F-13", "app", "failedRequest", f)));
    }

    private String screenshot(ChromeDriver driver) {
        try {
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Blob blob = blobs.put(new ByteArrayInputStream(png), MAX_SCREENSHOT, "image/png");
            return blob.key();
        } catch (RuntimeException e) {
            log.warn("app test: no screenshot: {}", e.toString());
            return null;
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> all = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find() && all.size() < MAX_EACH) {
            all.add(matcher.group().trim());
        }
        return all;
    }

    /** The mojibake with a few characters around it, as the page shows it. */
    private static String around(String text, String match) {
        int at = text.indexOf(match);
        return text.substring(Math.max(0, at - 20), Math.min(text.length(), at + match.length() + 20))
                .replaceAll("\\s+", " ").strip();
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value instanceof List<?> list ? ((List<Object>) list).stream().map(String::valueOf).toList()
                : List.of();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static String origin(String url) {
        URI uri = URI.create(url.trim());
        return (uri.getScheme() + "://" + uri.getRawAuthority()).toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void quit(ChromeDriver driver) {
        if (driver == null) {
            return;
        }
        try {
            driver.quit();
        } catch (WebDriverException e) {
            log.debug("app test: the browser had already gone: {}", e.getMessage());
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("app test: could not delete {}: {}", dir, e.toString());
        }
    }
}
