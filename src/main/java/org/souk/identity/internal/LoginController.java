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

    /** Where a sign-in lands: each role's own start page. */
    @GetMapping("/home")
    String home(@AuthenticationPrincipal SoukUser user) {
        if (user.roles().contains(Role.PARTNER)) {
            return "redirect:/partner";
        }
        if (user.has(Role.MANAGER)) {
            return "redirect:/manage/partners";
        }
        return "redirect:/";
    }
}
