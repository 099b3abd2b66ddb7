package org.souk.install.internal;

import java.util.List;

import org.souk.identity.SoukUser;
import org.souk.install.Accounts;
import org.souk.install.Accounts.Membership;
import org.souk.solution.Solutions;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OAuth 2.0 server of protocol.md, its page for people: {@code /oauth/authorize/} for a signed-in account
 * user. The token endpoint, which the app's server calls, is {@link AppEndpoints}.
 */
@Controller
class OAuthController {

    private final Solutions solutions;
    private final Accounts accounts;
    private final InstallationRepository installations;
    private final Tokens tokens;
    private final Endpoints endpoints;
    private final Messages messages;

    OAuthController(Solutions solutions, Accounts accounts, InstallationRepository installations,
            Tokens tokens, Endpoints endpoints,
            Messages messages) {
        this.solutions = solutions;
        this.accounts = accounts;
        this.installations = installations;
        this.tokens = tokens;
        this.endpoints = endpoints;
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
}
