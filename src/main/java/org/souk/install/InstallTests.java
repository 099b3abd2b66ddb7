package org.souk.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.audit.AuditLog;
import org.souk.checks.CheckMode;
import org.souk.checks.Severity;
import org.souk.checks.SolutionChecks;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccount;
import org.souk.identity.UserAccounts;
import org.souk.install.InstallTestReport.AppFinding;
import org.souk.install.InstallTestReport.BrowserRun;
import org.souk.install.InstallTestReport.Step;
import org.souk.install.internal.AppInBrowser;
import org.souk.install.internal.AppTestSettings;
import org.souk.install.internal.DeliveryAttemptEntity;
import org.souk.install.internal.DeliveryAttemptRepository;
import org.souk.install.internal.EventDeliveryEntity;
import org.souk.install.internal.EventDeliveryRepository;
import org.souk.install.internal.InstallSettings;
import org.souk.install.internal.InstallTestReportEntity;
import org.souk.install.internal.InstallTestReportRepository;
import org.souk.install.internal.InstallationEntity;
import org.souk.install.internal.InstallationRepository;
import org.souk.outbound.GuardedHttp;
import org.souk.solution.RevisionFrozen;
import org.souk.solution.Solutions;
import org.souk.storage.BlobStore;
import org.souk.web.Conflict;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The automatic install test (001 §3, the self-test asked of every partner): on a throwaway test account,
 * install the draft's latest version, uninstall with CLEAN=1, reinstall, uninstall again; each event must
 * reach the handler and get a 2xx within {@code souk.install.answer-bound}. Souk exchanges nothing on the
 * app's behalf. After the first install the app is driven in headless Chromium ({@link AppInBrowser}: F-11,
 * F-13, V-06); its findings weigh as their rules are set at /admin/checks. The account is deleted afterwards;
 * the report stays (the moderator sees the latest).
 *
 * <p>Every submission is tested (S-11), and the Test tab asks for a test on demand: both wait in one bounded
 * queue and run one at a time per node, never on a request thread.
 */
@Service
public class InstallTests {

    private static final Logger log = LoggerFactory.getLogger(InstallTests.class);

    private final Accounts accounts;
    private final Installations installations;
    private final Solutions solutions;
    private final InstallationRepository installationRows;
    private final EventDeliveryRepository deliveries;
    private final DeliveryAttemptRepository attempts;
    private final InstallTestReportRepository reports;
    private final InstallSettings settings;
    private final GuardedHttp http;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Messages messages;
    private final TransactionTemplate transactions;
    private final AppInBrowser browser;
    private final AppTestSettings appTest;
    private final SolutionChecks checks;
    private final UserAccounts users;
    private final BlobStore blobs;
    private final ThreadPoolExecutor queue;

    InstallTests(Accounts accounts, Installations installations, Solutions solutions,
            InstallationRepository installationRows, EventDeliveryRepository deliveries,
            DeliveryAttemptRepository attempts, InstallTestReportRepository reports, InstallSettings settings,
            GuardedHttp http, JsonMapper json, AuditLog audit, Messages messages, TransactionTemplate transactions,
            AppInBrowser browser, AppTestSettings appTest, SolutionChecks checks, UserAccounts users,
            BlobStore blobs) {
        this.transactions = transactions;
        this.browser = browser;
        this.appTest = appTest;
        this.checks = checks;
        this.users = users;
        this.blobs = blobs;
        AtomicInteger threads = new AtomicInteger();
        // one test at a time (the browser's semaphore bounds it too), a bounded wait: a flood is refused
        this.queue = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(appTest.queue()),
                task -> {
                    Thread thread = new Thread(task, "souk-install-test-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.accounts = accounts;
        this.installations = installations;
        this.solutions = solutions;
        this.installationRows = installationRows;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.reports = reports;
        this.settings = settings;
        this.http = http;
        this.json = json;
        this.audit = audit;
        this.messages = messages;
    }

    @PreDestroy
    void stop() {
        queue.shutdownNow();
    }

    /**
     * Runs the test (some seconds: it waits for each answer and for the browser) in the queue and waits for its
     * report: the API's {@code POST …/install-tests}.
     */
    public InstallTestReport run(SoukUser user, String code) {
        solutions.draft(user, code);
        try {
            return request(user, code).get(appTest.runTimeout().multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new Conflict("S-11", messages.get("install.test.late"));
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }

    /** Queues a test of the draft's latest version; the Test tab shows its report when it is done. */
    public CompletableFuture<InstallTestReport> request(SoukUser user, String code) {
        solutions.draft(user, code);
        return queued(user, code, null);
    }

    /**
     * S-11: every submitted version is tested, after the submission's transaction, in the background; the
     * submission never waits for it. Whoever submitted is the user the test acts as.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void submitted(RevisionFrozen frozen) {
        if (!appTest.onSubmission()) {
            return;
        }
        Optional<UserAccount> submitter = users.findByEmail(frozen.frozenBy());
        if (submitter.isEmpty()) {
            log.info("install test of {} not run: no user {} to run it as", frozen.code(), frozen.frozenBy());
            return;
        }
        UserAccount account = submitter.get();
        SoukUser user = new SoukUser(account.id(), account.email(), account.firstName(), account.lastName(),
                account.roles(), account.enabled(), null, null);
        try {
            queued(user, frozen.code(), frozen.revisionId()).whenComplete((report, failure) -> {
                if (failure != null) {
                    log.warn("install test of submitted {} failed to run: {}", frozen.code(), failure.toString());
                }
            });
        } catch (Conflict e) {
            log.warn("install test of submitted {} not queued: {}", frozen.code(), e.getMessage());
        }
    }

    private CompletableFuture<InstallTestReport> queued(SoukUser user, String code, Long revisionId) {
        try {
            return CompletableFuture.supplyAsync(() -> as(user, () -> execute(user, code, revisionId)), queue);
        } catch (RejectedExecutionException e) {
            throw new Conflict("S-11", messages.get("install.test.queueFull"));
        }
    }

    /** The queue's thread acts as the user, as the request that asked for the test did (audit, owner checks). */
    private static <T> T as(SoukUser user, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private InstallTestReport execute(SoukUser user, String code, Long revisionId) {
        int version = solutions.draft(user, code).version().number();
        Instant started = Instant.now();
        List<Step> steps = new ArrayList<>();
        CustomerAccount account = accounts.throwawayTestAccount(user);
        steps.add(new Step("account", "test account " + account.domain(), 0, 0, true, account.memberId()));
        AppInBrowser.Outcome outcome = null;
        try {
            Installation first = installations.install(user, account.domain(), code);
            outcome = browser.run(new AppInBrowser.Target(user, account.domain(), code, first.installerUrl(),
                    first.appUrl(), () -> installationRows.findById(first.id()).map(InstallationEntity::getStatus)
                            .filter("PENDING"::equals).isPresent(),
                    () -> installations.finish(user, account.domain(), code)));
            String firstToken = event(steps, "install", org.souk.install.internal.EventDeliveries.INSTALL,
                    () -> first, user, account, code);
            event(steps, "uninstall (CLEAN=1)", org.souk.install.internal.EventDeliveries.UNINSTALL,
                    () -> installations.uninstall(user, account.domain(), code, true), user, account, code);
            String secondToken = event(steps, "reinstall", org.souk.install.internal.EventDeliveries.INSTALL,
                    () -> installations.install(user, account.domain(), code), user, account, code);
            boolean newToken = firstToken != null && secondToken != null && !firstToken.equals(secondToken);
            steps.add(new Step("new application token", "compare", 0, 0, newToken,
                    messages.get(newToken ? "install.test.newToken" : "install.test.sameToken")));
            event(steps, "uninstall", org.souk.install.internal.EventDeliveries.UNINSTALL,
                    () -> installations.uninstall(user, account.domain(), code, false), user, account, code);
        } catch (RuntimeException e) {
            steps.add(new Step("error", "", 0, 0, false, e.getMessage()));
        } finally {
            accounts.delete(account.id());
        }
        StoredRun run = weigh(outcome);
        boolean passed = steps.stream().allMatch(Step::passed)
                && run.findings().stream().noneMatch(f -> f.severity() == Severity.BLOCKER);
        String screenshot = outcome == null ? null : outcome.screenshotKey();
        InstallTestReportEntity report = transactions.execute(status -> {
            audit.record("install-test.run", "solution", code, (passed ? "passed" : "failed")
                    + (revisionId == null ? "" : ", on submission of revision " + revisionId));
            return reports.save(new InstallTestReportEntity(code, version, passed, json.writeValueAsString(steps),
                    user.email(), started, json.writeValueAsString(run), screenshot, revisionId));
        });
        return view(report);
    }

    /** The screenshot of the app in its frame, for the solution's partner and the moderators. */
    public byte[] screenshot(SoukUser user, long reportId) {
        return screenshot(user, null, reportId);
    }

    /** The same, of a report of {@code code} (the API's path names the solution). */
    public byte[] screenshot(SoukUser user, String code, long reportId) {
        InstallTestReportEntity report = reports.findById(reportId).filter(r -> code == null
                || r.getSolutionCode().equals(code))
                .orElseThrow(() -> new NotFound(messages.get("install.app.noScreenshot")));
        installations.requireOwnerOrModerator(user, report.getSolutionCode());
        if (report.getScreenshotKey() == null) {
            throw new NotFound(messages.get("install.app.noScreenshot"));
        }
        try (InputStream in = blobs.open(report.getScreenshotKey())
                .orElseThrow(() -> new NotFound(messages.get("install.app.noScreenshot")))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser's run as it is kept: findings weighed by their rules' settings when the test ran. */
    record StoredRun(String skipped, long installerMs, long loadMs, List<StoredFinding> findings) {
    }

    record StoredFinding(String rule, Severity severity, String page, String kind, String evidence) {
    }

    /**
     * Enforced makes a finding a blocker, advisory a warning, off drops it (as the draft's checks do); F-03
     * (the interface close to the platform's) stays an aid for the moderator, who judges it from the screenshot.
     */
    private StoredRun weigh(AppInBrowser.Outcome outcome) {
        if (outcome == null) {
            return new StoredRun("skipped.failed", 0, 0, List.of());
        }
        List<StoredFinding> findings = new ArrayList<>();
        for (AppInBrowser.Found found : outcome.found()) {
            CheckMode mode = found.rule().equals("F-03") ? CheckMode.ADVISORY : checks.mode(found.rule());
            if (mode == CheckMode.OFF) {
                continue;
            }
            Severity severity = found.rule().equals("F-03") ? Severity.INFO
                    : mode == CheckMode.ENFORCED ? Severity.BLOCKER : Severity.WARNING;
            findings.add(new StoredFinding(found.rule(), severity, found.page(), found.kind(), found.evidence()));
        }
        return new StoredRun(outcome.skipped(), outcome.installerMs(), outcome.loadMs(), findings);
    }

    /** The latest report of a solution, for its partner and beside its submission for the moderator. */
    public Optional<InstallTestReport> latest(String code) {
        return reports.findFirstBySolutionCodeOrderByIdDesc(code).map(this::view);
    }

    /** A step: the change, then the wait for the handler's answer to its event (when there is a handler). */
    private String event(List<Step> steps, String name, String event, Supplier<Installation> change, SoukUser user,
            CustomerAccount account, String code) {
        Installation installation = change.get();
        if ("PENDING".equals(installation.status())) {
            installation = installations.finish(user, account.domain(), code);
        }
        long id = installation.id();
        String applicationToken = installationRows.findById(id).orElseThrow().getApplicationToken();
        EventDeliveryEntity delivery = deliveries.findByInstallationIdOrderByIdAsc(id).stream()
                .filter(d -> d.getEvent().equals(event)).findFirst().orElse(null);
        if (delivery == null) {
            steps.add(new Step(name, event + ": " + messages.get("install.test.noHandler"), 0, 0, true, ""));
            return applicationToken;
        }
        String request = "POST " + delivery.getHandlerUrl() + " " + event;
        Instant until = Instant.now().plus(http.settings().timeout()).plusSeconds(2);
        List<DeliveryAttemptEntity> tried = List.of();
        while (tried.isEmpty() && Instant.now().isBefore(until)) {
            tried = attempts.findByDeliveryIdOrderByNumberAsc(delivery.getId());
            if (tried.isEmpty()) {
                sleep();
            }
        }
        if (tried.isEmpty()) {
            steps.add(new Step(name, request, 0, 0, false, messages.get("install.test.noAttempt")));
            return applicationToken;
        }
        var attempt = tried.get(0).toAttempt();
        boolean ok = attempt.status() >= 200 && attempt.status() < 300;
        boolean inTime = attempt.durationMs() <= settings.answerBound().toMillis();
        String detail = !ok ? (attempt.error() == null ? "HTTP " + attempt.status() : attempt.error())
                : inTime ? "" : messages.get("install.test.slow", settings.answerBound().toMillis());
        steps.add(new Step(name, request, attempt.status(), attempt.durationMs(), ok && inTime, detail));
        return applicationToken;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private InstallTestReport view(InstallTestReportEntity report) {
        List<Step> steps = json.readValue(report.getSteps(), new TypeReference<List<Step>>() {
        });
        BrowserRun run = null;
        if (report.getBrowser() != null) {
            StoredRun stored = json.readValue(report.getBrowser(), StoredRun.class);
            run = new BrowserRun(stored.skipped() == null, stored.skipped() == null ? null
                    : messages.get("install.app." + stored.skipped()), stored.installerMs(), stored.loadMs(),
                    report.getScreenshotKey() != null, stored.findings().stream().map(f -> new AppFinding(f.rule(),
                            f.severity(), f.page(), f.kind(), messages.get("install.app." + f.kind()), f.evidence()))
                            .toList());
        }
        return new InstallTestReport(report.getId(), report.getSolutionCode(), report.getVersion(), report.isPassed(),
                steps, report.getRunBy(), report.getStartedAt(), report.getFinishedAt(), run);
    }
}
