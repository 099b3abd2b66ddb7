package org.souk.install.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.SoukUser;
import org.souk.install.Accounts;
import org.souk.install.CustomerAccount;
import org.souk.install.EventDelivery;
import org.souk.install.InstallTestReport;
import org.souk.install.InstallTests;
import org.souk.install.Installation;
import org.souk.install.Installations;
import org.souk.install.RestUsage;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** api.md, "Accounts and installations": accounts, installs (O-02, O-03, S-11), event deliveries, the install test. */
@RestController
@Tag(name = "Accounts and installations", description = "Customer accounts, installations, events to handlers (O-*, S-11)")
class InstallApi {

    private final Accounts accounts;
    private final Installations installations;
    private final InstallTests tests;

    InstallApi(Accounts accounts, Installations installations, InstallTests tests) {
        this.accounts = accounts;
        this.installations = installations;
        this.tests = tests;
    }

    record NewAccount(String domain, String adminEmail, String plan, String language) {
    }

    record NewAccountUser(String email, boolean admin) {
    }

    record NewInstallation(String solution) {
    }

    @PostMapping("/api/v1/admin/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a customer account (managers); its administrator is invited when new")
    CustomerAccount createAccount(@RequestBody NewAccount request) {
        return accounts.create(request.domain(), request.adminEmail(), request.plan(), request.language());
    }

    @PostMapping("/api/v1/admin/accounts/{domain}/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a user to an account (managers), as its administrator or not (O-03)")
    Accounts.Membership addUser(@PathVariable String domain, @RequestBody NewAccountUser request) {
        return accounts.addUser(domain, request.email(), request.admin());
    }

    @GetMapping("/api/v1/accounts")
    @Operation(summary = "The accounts the user acts for, with whether they are its administrator")
    List<Accounts.Membership> mine(@AuthenticationPrincipal SoukUser user) {
        return accounts.of(user);
    }

    @PostMapping("/api/v1/test-accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A test account of the partner (S-11), a few at most")
    CustomerAccount createTestAccount(@AuthenticationPrincipal SoukUser user) {
        return accounts.createTest(user);
    }

    @GetMapping("/api/v1/test-accounts")
    @Operation(summary = "The partner's test accounts (paginated: page, size, total)")
    PageResponse<CustomerAccount> testAccounts(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(accounts.testAccounts(user), page, size);
    }

    @GetMapping("/api/v1/accounts/{domain}/installations")
    @Operation(summary = "The apps installed on the account, with \"update available\" (paginated: page, size, total)")
    PageResponse<Installation> installed(@AuthenticationPrincipal SoukUser user, @PathVariable String domain,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return installations.of(user, domain, page, size);
    }

    @PostMapping("/api/v1/accounts/{domain}/installations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Install: the published version, or the draft's on the partner's own test account "
            + "(S-11); 403 O-03 for a non-admin where the version needs admin rights; ONAPPINSTALL to the handler")
    Installation install(@AuthenticationPrincipal SoukUser user, @PathVariable String domain,
            @RequestBody NewInstallation request) {
        return installations.install(user, domain, request.solution() == null ? "" : request.solution());
    }

    @DeleteMapping("/api/v1/accounts/{domain}/installations/{solution}")
    @Operation(summary = "Uninstall (O-02): every token revoked at once; ONAPPUNINSTALL with CLEAN=1 when clean=true")
    Installation uninstall(@AuthenticationPrincipal SoukUser user, @PathVariable String domain,
            @PathVariable String solution, @RequestParam(defaultValue = "false") boolean clean) {
        return installations.uninstall(user, domain, solution, clean);
    }

    @PostMapping("/api/v1/accounts/{domain}/installations/{solution}/update")
    @Operation(summary = "Update to the newer published version; ONAPPUPDATE to the handler")
    Installation update(@AuthenticationPrincipal SoukUser user, @PathVariable String domain,
            @PathVariable String solution) {
        return installations.update(user, domain, solution);
    }

    @PostMapping("/api/v1/accounts/{domain}/installations/{solution}/finish")
    @Operation(summary = "installFinish of an installer page: the app counts as installed from now on")
    Installation finish(@AuthenticationPrincipal SoukUser user, @PathVariable String domain,
            @PathVariable String solution) {
        return installations.finish(user, domain, solution);
    }

    @GetMapping("/api/v1/solutions/{code}/event-deliveries")
    @Operation(summary = "Every event sent to the solution's handler, with each attempt's status and time")
    PageResponse<EventDelivery> deliveries(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return installations.deliveries(user, code, page, size);
    }

    @GetMapping("/api/v1/solutions/{code}/rest-usage")
    @Operation(summary = "F-09: REST calls and QUERY_LIMIT_EXCEEDED refusals per installation")
    List<RestUsage> usage(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        return installations.usage(user, code);
    }

    @PostMapping("/api/v1/solutions/{code}/install-tests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Run the automatic install test on a throwaway test account; the report with each step")
    InstallTestReport runTest(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        return tests.run(user, code);
    }

    @GetMapping(path = "/api/v1/solutions/{code}/install-tests/{id}/screenshot", produces = "image/png")
    @Operation(summary = "The screenshot of the app in its frame at 1280 px that an install test took (F-03, F-13)")
    ResponseEntity<byte[]> testScreenshot(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(tests.screenshot(user, code, id));
    }

    @GetMapping("/api/v1/solutions/{code}/install-tests/latest")
    @Operation(summary = "The latest install test report (the partner's own, or any for moderators)")
    InstallTestReport latestTest(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        installations.requireOwnerOrModerator(user, code);
        return tests.latest(code).orElseThrow(() -> new NotFound("no install test of " + code));
    }
}
