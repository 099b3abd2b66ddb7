package org.souk.install;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.install.InstallTestReport.Step;
import org.souk.install.internal.DeliveryAttemptEntity;
import org.souk.install.internal.DeliveryAttemptRepository;
import org.souk.install.internal.EventDeliveryEntity;
import org.souk.install.internal.EventDeliveryRepository;
import org.souk.install.internal.InstallSettings;
import org.souk.install.internal.InstallTestReportEntity;
import org.souk.install.internal.InstallTestReportRepository;
import org.souk.install.internal.InstallationRepository;
import org.souk.outbound.GuardedHttp;
import org.souk.solution.Solutions;
import org.souk.web.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The automatic install test (001 §3, the self-test asked of every partner): on a throwaway test account,
 * install the draft's latest version, uninstall with CLEAN=1, reinstall, uninstall again; each event must
 * reach the handler and get a 2xx within {@code souk.install.answer-bound}. Souk exchanges nothing on the
 * app's behalf. The account is deleted afterwards; the report stays (the moderator sees the latest).
 */
@Service
public class InstallTests {

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

    InstallTests(Accounts accounts, Installations installations, Solutions solutions,
            InstallationRepository installationRows, EventDeliveryRepository deliveries,
            DeliveryAttemptRepository attempts, InstallTestReportRepository reports, InstallSettings settings,
            GuardedHttp http, JsonMapper json, AuditLog audit, Messages messages, TransactionTemplate transactions) {
        this.transactions = transactions;
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

    /** Runs the test now (a few seconds: it waits for each answer) and keeps its report. */
    public InstallTestReport run(SoukUser user, String code) {
        int version = solutions.draft(user, code).version().number();
        Instant started = Instant.now();
        List<Step> steps = new ArrayList<>();
        CustomerAccount account = accounts.throwawayTestAccount(user);
        steps.add(new Step("account", "test account " + account.domain(), 0, 0, true, account.memberId()));
        try {
            String firstToken = event(steps, "install", org.souk.install.internal.EventDeliveries.INSTALL,
                    () -> installations.install(user, account.domain(), code), user, account, code);
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
        boolean passed = steps.stream().allMatch(Step::passed);
        InstallTestReportEntity report = transactions.execute(status -> {
            audit.record("install-test.run", "solution", code, passed ? "passed" : "failed");
            return reports.save(new InstallTestReportEntity(code, version, passed, json.writeValueAsString(steps),
                    user.email(), started));
        });
        return view(report);
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
        return new InstallTestReport(report.getId(), report.getSolutionCode(), report.getVersion(), report.isPassed(),
                steps, report.getRunBy(), report.getStartedAt(), report.getFinishedAt());
    }
}
