package org.souk.identity.internal;

import jakarta.servlet.http.HttpSession;

import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object error = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (error != null) {
            model.addAttribute("loginError", error instanceof LockedException ? "login.locked"
                    : error instanceof AddressThrottledException ? "login.throttled"
                    : error instanceof DisabledException ? "login.disabled" : "login.bad");
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        return "identity/login";
    }

    /**
     * Where a sign-in lands: where each role's work is — a partner's area, the moderators' queue, the
     * managers' partner applications, the administration, a customer's accounts.
     */
    @GetMapping("/home")
    String home(@AuthenticationPrincipal SoukUser user) {
        if (user.roles().contains(Role.PARTNER)) {
            return "redirect:/partner";
        }
        if (user.roles().contains(Role.ADMINISTRATOR)) {
            return "redirect:/admin/users";
        }
        if (user.roles().contains(Role.MANAGER)) {
            return "redirect:/manage/partners";
        }
        if (user.roles().contains(Role.MODERATOR)) {
            return "redirect:/moderation";
        }
        return "redirect:/accounts";
    }
}
