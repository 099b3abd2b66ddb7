package org.souk.identity.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.souk.identity.SoukUser;
import org.souk.web.Messages;
import org.souk.web.PageResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "API tokens" page of every signed-in user. */
@Controller
class TokenController {

    private final ApiTokens tokens;
    private final Messages messages;

    TokenController(ApiTokens tokens, Messages messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/account/tokens")
    String list(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Model model) {
        model.addAttribute("tokens", tokens.page(user.id(), page, PageResponse.htmlSize(size)));
        return "identity/tokens";
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal SoukUser user, @RequestParam String name,
            @RequestParam(defaultValue = "90") int days, @RequestParam(defaultValue = "false") boolean readOnly,
            @RequestParam(required = false) String solution, RedirectAttributes redirect) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100 || days < 1 || days > 3650) {
            redirect.addFlashAttribute("error", messages.get("tokens.invalid"));
            return "redirect:/account/tokens";
        }
        String code = solution == null || solution.isBlank() ? null : solution.strip().toLowerCase(Locale.ROOT);
        if (code != null && !TokenScope.validCode(code)) {
            redirect.addFlashAttribute("error", messages.get("tokens.scope.invalidSolution"));
            return "redirect:/account/tokens";
        }
        var issued = tokens.issue(user.id(), trimmed, Instant.now().plus(days, ChronoUnit.DAYS),
                new TokenScope(readOnly, code));
        redirect.addFlashAttribute("issued", issued);
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal SoukUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user.id(), id);
        redirect.addFlashAttribute("notice", messages.get("tokens.revokedNotice"));
        return "redirect:/account/tokens";
    }
}
