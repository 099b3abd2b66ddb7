package org.souk.install.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.souk.identity.SoukUser;
import org.souk.install.Accounts;
import org.souk.install.Accounts.Membership;
import org.souk.install.internal.Tokens.Kind;
import org.souk.install.internal.Tokens.TokenRefused;
import org.souk.solution.Solutions;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OAuth 2.0 server of protocol.md: {@code /oauth/authorize/} for a signed-in account user, and
 * {@code /oauth/token/} (GET and form POST, with or without the slash) for the app's server. Errors answer
 * with protocol.md's JSON, not problem details: the SDKs read {@code error}.
 */
@Controller
class OAuthController {

    private final Solutions solutions;
    private final Accounts accounts;
    private final InstallationRepository installations;
    private final Tokens tokens;
    private final Endpoints endpoints;
    private final InstallSettings settings;
    private final Messages messages;

    OAuthController(Solutions solutions, Accounts accounts, InstallationRepository installations,
            Tokens tokens, Endpoints endpoints, InstallSettings settings,
            Messages messages) {
        this.solutions = solutions;
        this.accounts = accounts;
        this.installations = installations;
        this.tokens = tokens;
        this.endpoints = endpoints;
        this.settings = settings;
        this.messages = messages;
    }

    /**
     * A user of an account opens the app: a code for the app's redirect URI (its URL of the version card).
     * The account is the one named by {@code domain}, else the only one of the user's accounts with the app.
     */
    @GetMapping({ "/oauth/authorize", "/oauth/authorize/" })
    String authorize(@AuthenticationPrincipal SoukUser user, @RequestParam(name = "client_id", required = false)
            String clientId, @RequestParam(required = false) String state,
            @RequestParam(required = false) String domain, Model model) {
        String code = solutions.codeOfClient(clientId).orElse(null);
        if (code == null) {
            return refuse(model, messages.get("install.oauth.unknownClient"));
        }
        List<Membership> candidates = domain != null && !domain.isBlank() ? List.of(accounts.membership(user, domain))
                : accounts.of(user).stream()
                        .filter(m -> installations.findActive(m.account().id(), code).isPresent()).toList();
        if (candidates.size() != 1) {
            return refuse(model, messages.get(candidates.isEmpty() ? "install.notInstalled" : "install.oauth.whichAccount",
                    code));
        }
        Membership membership = candidates.get(0);
        InstallationEntity installation = installations.findActive(membership.account().id(), code).orElse(null);
        if (installation == null || installation.getAppUrl() == null) {
            return refuse(model, messages.get("install.notInstalled", code));
        }
        String authorization = tokens.code(installation.getId(), user.id());
        UriComponentsBuilder redirect = UriComponentsBuilder.fromUriString(installation.getAppUrl())
                .queryParam("code", authorization).queryParam("domain", membership.account().domain())
                .queryParam("member_id", membership.account().memberId())
                .queryParam("scope", installation.getScope()).queryParam("server_domain", endpoints.authHost());
        if (state != null) {
            redirect.queryParam("state", state);
        }
        return "redirect:" + redirect.encode().build().toUriString();
    }

    private static String refuse(Model model, String message) {
        model.addAttribute("message", message);
        return "install/oauth-error";
    }

    @ExceptionHandler(NotFound.class)
    String unknownAccount(NotFound e, Model model) {
        return refuse(model, e.getMessage());
    }

    @RequestMapping(path = { "/oauth/token", "/oauth/token/" }, method = { RequestMethod.GET, RequestMethod.POST })
    @ResponseBody
    ResponseEntity<Map<String, Object>> token(@RequestParam(name = "grant_type", required = false) String grantType,
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "client_secret", required = false) String clientSecret,
            @RequestParam(required = false) String code,
            @RequestParam(name = "refresh_token", required = false) String refreshToken) {
        Kind kind = "authorization_code".equals(grantType) ? Kind.CODE
                : "refresh_token".equals(grantType) ? Kind.REFRESH : null;
        if (kind == null) {
            return error(HttpStatus.BAD_REQUEST, "invalid_request", "grant_type must be authorization_code or refresh_token");
        }
        String value = kind == Kind.CODE ? code : refreshToken;
        if (clientId == null || clientSecret == null || value == null || value.isBlank()) {
            return error(HttpStatus.BAD_REQUEST, "invalid_request", "client_id, client_secret and "
                    + (kind == Kind.CODE ? "code" : "refresh_token") + " are required");
        }
        Tokens.Granted granted = tokens.grant(kind, clientId, clientSecret, value);
        Tokens.Pair pair = granted.pair();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", pair.accessToken());
        body.put("expires", pair.accessExpiresAt().getEpochSecond());
        body.put("expires_in", settings.accessTokenLifetime().toSeconds());
        body.put("scope", granted.scope());
        body.put("domain", endpoints.authHost());
        body.put("server_endpoint", endpoints.serverEndpoint());
        body.put("status", InstallationEntity.licenseStatus(granted.paid()));
        body.put("client_endpoint", endpoints.clientEndpoint(granted.accountDomain()));
        body.put("member_id", granted.memberId());
        body.put("user_id", pair.userId());
        body.put("refresh_token", pair.refreshToken());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    @ExceptionHandler(TokenRefused.class)
    @ResponseBody
    ResponseEntity<Map<String, Object>> refused(TokenRefused e) {
        return error("invalid_client".equals(e.error()) ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST, e.error(),
                e.getMessage());
    }

    static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(body);
    }
}
