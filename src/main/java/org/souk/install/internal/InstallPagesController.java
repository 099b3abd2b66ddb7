package org.souk.install.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.souk.identity.SoukUser;
import org.souk.install.Accounts.Membership;
import org.souk.install.Accounts;
import org.souk.install.InstallTests;
import org.souk.install.Installation;
import org.souk.install.Installations;
import org.souk.solution.Solutions;
import org.souk.web.Conflict;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotAllowed;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The customer's side: the catalog's Install button ({@code /install/{code}}: choose the account, consent,
 * install), the accounts with their apps (update, uninstall, open in a frame), and the partner's Test page
 * (S-11: test accounts, installing the draft, the automatic install test).
 */
@Controller
class InstallPagesController {

    private final Accounts accounts;
    private final Installations installations;
    private final InstallTests tests;
    private final Solutions solutions;
    private final InstallationRepository installationRows;
    private final Tokens tokens;
    private final Endpoints endpoints;
    private final InstallSettings settings;
    private final Messages messages;
    private final JsonMapper json;
    private final AppTestLaunches launches;

    InstallPagesController(Accounts accounts, Installations installations, InstallTests tests, Solutions solutions,
            InstallationRepository installationRows, Tokens tokens, Endpoints endpoints, InstallSettings settings,
            Messages messages, JsonMapper json, AppTestLaunches launches) {
        this.launches = launches;
        this.messages = messages;
        this.json = json;
        this.accounts = accounts;
        this.installations = installations;
        this.tests = tests;
        this.solutions = solutions;
        this.installationRows = installationRows;
        this.tokens = tokens;
        this.endpoints = endpoints;
        this.settings = settings;
    }

    /** Choose the account (where the user acts for several), then the consent page. */
    @GetMapping("/install/{code}")
    String consent(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            @RequestParam(required = false) String domain, Model model) {
        List<Membership> memberships = accounts.of(user);
        model.addAttribute("code", code);
        if (domain == null && memberships.size() != 1) {
            model.addAttribute("memberships", memberships);
            return "install/choose-account";
        }
        Membership membership = domain == null ? memberships.get(0) : accounts.membership(user, domain);
        Installations.Offer offer = installations.offer(user, membership.account().domain(), code);
        model.addAttribute("membership", membership);
        model.addAttribute("offer", offer);
        model.addAttribute("solutionTitle", offer.card().title(LocaleContextHolder.getLocale().getLanguage()));
        model.addAttribute("allowed", membership.admin() || offer.version().installableWithoutAdmin());
        return "install/consent";
    }

    @PostMapping("/install/{code}")
    String install(@AuthenticationPrincipal SoukUser user, @PathVariable String code, @RequestParam String domain,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        return act(redirect, back != null ? back : "/accounts/" + domain, "install.done",
                () -> installations.install(user, domain, code));
    }

    @GetMapping("/accounts")
    String accountList(@AuthenticationPrincipal SoukUser user, Model model) {
        model.addAttribute("memberships", accounts.of(user));
        return "install/accounts";
    }

    @GetMapping("/accounts/{domain}")
    String account(@AuthenticationPrincipal SoukUser user, @PathVariable String domain,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
        model.addAttribute("membership", accounts.membership(user, domain));
        PageResponse<Installation> apps = installations.of(user, domain, page, PageResponse.htmlSize(size));
        model.addAttribute("installations", apps);
        model.addAttribute("titles", installations.titles(apps.items(), LocaleContextHolder.getLocale().getLanguage()));
        return "install/account";
    }

    @PostMapping("/accounts/{domain}/apps/{code}/uninstall")
    String uninstall(@AuthenticationPrincipal SoukUser user, @PathVariable String domain, @PathVariable String code,
            @RequestParam(defaultValue = "false") boolean clean, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        return act(redirect, back != null ? back : "/accounts/" + domain, "install.uninstalled",
                () -> installations.uninstall(user, domain, code, clean));
    }

    @PostMapping("/accounts/{domain}/apps/{code}/update")
    String update(@AuthenticationPrincipal SoukUser user, @PathVariable String domain, @PathVariable String code,
            RedirectAttributes redirect) {
        return act(redirect, "/accounts/" + domain, "install.updated", () -> installations.update(user, domain, code));
    }

    /** installFinish, sent by the open page when the app's installer calls it through the frame. */
    @PostMapping("/accounts/{domain}/apps/{code}/finish")
    String finish(@AuthenticationPrincipal SoukUser user, @PathVariable String domain, @PathVariable String code,
            RedirectAttributes redirect) {
        return act(redirect, "/accounts/" + domain, "install.finished", () -> installations.finish(user, domain, code));
    }

    /**
     * "Open": the app's page (its installer while installFinish is due) in a frame, POSTed the fields of
     * protocol.md with a fresh token pair of the user. Only this page may frame and post to the app's origin.
     */
    @GetMapping("/accounts/{domain}/apps/{code}/open")
    String open(@AuthenticationPrincipal SoukUser user, @PathVariable String domain, @PathVariable String code,
            Model model, HttpServletResponse response) {
        Membership membership = accounts.membership(user, domain);
        Installation installation = installations.find(user, domain, code)
                .orElseThrow(() -> new NotFound(code));
        boolean installing = "PENDING".equals(installation.status());
        String target = installing ? installation.installerUrl() : installation.appUrl();
        if (target == null) {
            throw new NotFound(code);
        }
        InstallationEntity row = installationRows.findById(installation.id()).orElseThrow();
        Tokens.Pair pair = tokens.issue(row.getId(), user.id());
        String sid = Tokens.random().substring(0, 32);
        String action = UriComponentsBuilder.fromUriString(target).queryParam("DOMAIN", domain)
                .queryParam("PROTOCOL", endpoints.protocol())
                .queryParam("LANG", LocaleContextHolder.getLocale().getLanguage()).queryParam("APP_SID", sid)
                .encode().build().toUriString();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("AUTH_ID", pair.accessToken());
        fields.put("AUTH_EXPIRES", String.valueOf(settings.accessTokenLifetime().toSeconds()));
        fields.put("REFRESH_ID", pair.refreshToken());
        fields.put("SERVER_ENDPOINT", endpoints.serverEndpoint());
        fields.put("APPLICATION_TOKEN", row.getApplicationToken());
        fields.put("APPLICATION_SCOPE", row.getScope());
        fields.put("member_id", membership.account().memberId());
        fields.put("status", row.licenseStatus());
        fields.put("PLACEMENT", "DEFAULT");
        fields.put("PLACEMENT_OPTIONS", "{}");
        String origin = origin(target);
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-src " + origin + "; frame-ancestors 'self'; "
                + "form-action 'self' " + origin + "; base-uri 'self'");
        model.addAttribute("membership", membership);
        model.addAttribute("installation", installation);
        model.addAttribute("appTitle", installations.titles(List.of(installation),
                LocaleContextHolder.getLocale().getLanguage()).get(code));
        model.addAttribute("installing", installing);
        model.addAttribute("action", action);
        model.addAttribute("origin", origin);
        model.addAttribute("sid", sid);
        model.addAttribute("fields", fields);
        model.addAttribute("authJson", json.writeValueAsString(Map.of("access_token", pair.accessToken(), "refresh_token", pair.refreshToken(),
                "expires_in", settings.accessTokenLifetime().toSeconds(), "domain", domain, "member_id",
                membership.account().memberId())));
        model.addAttribute("finishUrl", "/accounts/" + domain + "/apps/" + code + "/finish");
        return "install/open";
    }

    /**
     * The same page for the install test's browser (AppInBrowser), reached by its ticket instead of a session:
     * the installer in the frame while installFinish is due, else the app.
     */
    @GetMapping("/app-test/{ticket}")
    String openForTest(@PathVariable String ticket, Model model, HttpServletResponse response) {
        AppTestLaunches.Launch launch = launches.find(ticket).orElseThrow(() -> new NotFound("ticket"));
        String view = open(launch.user(), launch.domain(), launch.code(), model, response);
        model.addAttribute("finishUrl", "/app-test/" + ticket + "/finish");
        return view;
    }

    /**
     * installFinish in the test's browser: the installation is finished and the page opens the app at once (no
     * redirect: its address would name the site's host, maybe another node, where the ticket is unknown).
     */
    @PostMapping("/app-test/{ticket}/finish")
    String finishForTest(@PathVariable String ticket, Model model, HttpServletResponse response) {
        AppTestLaunches.Launch launch = launches.find(ticket).orElseThrow(() -> new NotFound("ticket"));
        installations.finish(launch.user(), launch.domain(), launch.code());
        return openForTest(ticket, model, response);
    }

    /** S-11: the partner's test accounts, the draft installed on them, and the automatic install test. */
    @GetMapping("/partner/solutions/{code}/test")
    String testPage(@AuthenticationPrincipal SoukUser user, @PathVariable String code, Model model) {
        model.addAttribute("solution", solutions.get(user, code));
        model.addAttribute("draftVersion", solutions.draft(user, code).version().number());
        Map<String, Installation> installed = new LinkedHashMap<>();
        var testAccounts = accounts.testAccounts(user);
        testAccounts.forEach(account -> installations.find(user, account.domain(), code)
                .ifPresent(i -> installed.put(account.domain(), i)));
        model.addAttribute("testAccounts", testAccounts);
        model.addAttribute("installed", installed);
        model.addAttribute("report", tests.latest(code).orElse(null));
        model.addAttribute("deliveries", installations.deliveries(user, code, 0, 10));
        model.addAttribute("usage", installations.usage(user, code));
        return "install/test";
    }

    @PostMapping("/partner/solutions/{code}/test/accounts")
    String createTestAccount(@AuthenticationPrincipal SoukUser user, @PathVariable String code,
            RedirectAttributes redirect) {
        return act(redirect, "/partner/solutions/" + code + "/test", "install.test.accountCreated",
                () -> accounts.createTest(user));
    }

    /** On demand from the Test tab: queued for the node's browser, the page shows the report when it is done. */
    @PostMapping("/partner/solutions/{code}/test/run")
    String runTest(@AuthenticationPrincipal SoukUser user, @PathVariable String code, RedirectAttributes redirect) {
        return act(redirect, "/partner/solutions/" + code + "/test", "install.test.queued",
                () -> tests.request(user, code));
    }

    /** The screenshot of an install test's app, for the solution's partner and the moderators. */
    @GetMapping("/install-tests/{id}/screenshot")
    ResponseEntity<byte[]> screenshot(@AuthenticationPrincipal SoukUser user, @PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .header("Cache-Control", "private, max-age=3600").body(tests.screenshot(user, id));
    }

    private String act(RedirectAttributes redirect, String to, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.get(notice));
        } catch (NotAllowed | Conflict | NotFound | InvalidInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + to;
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
