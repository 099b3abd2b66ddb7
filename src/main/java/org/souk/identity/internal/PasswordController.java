package org.souk.identity.internal;

import jakarta.servlet.http.HttpSession;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.souk.identity.SessionLogin;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccounts;
import org.souk.web.Forms;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing a password, and the forgot / set-by-link pages (reset and invitation). */
@Controller
class PasswordController {

    private final UserAccounts accounts;
    private final PasswordLinks links;
    private final SessionLogin sessionLogin;
    private final Messages messages;

    PasswordController(UserAccounts accounts, PasswordLinks links, SessionLogin sessionLogin, Messages messages) {
        this.accounts = accounts;
        this.links = links;
        this.sessionLogin = sessionLogin;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String changeForm(@AuthenticationPrincipal SoukUser user, @ModelAttribute("form") PasswordForm form, Model model) {
        model.addAttribute("firstSignIn", accounts.mustChangePassword(user.id()));
        return "identity/change-password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal SoukUser user, @ModelAttribute("form") PasswordForm form,
            BindingResult binding, RedirectAttributes redirect, Model model, HttpSession session) {
        model.addAttribute("firstSignIn", accounts.mustChangePassword(user.id()));
        if (binding.hasErrors() || !confirmed(form, binding)) { // hasErrors: a field that is not text (PlainText)
            return "identity/change-password";
        }
        try {
            accounts.changePassword(user.id(), form.getCurrentPassword(), form.getNewPassword());
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            return "identity/change-password";
        }
        PasswordChangeFirst.done(session);
        redirect.addFlashAttribute("notice", messages.get("password.changed"));
        return "redirect:/home";
    }

    @GetMapping("/password/forgot")
    String forgotForm(@ModelAttribute("form") PasswordForm form) {
        return "identity/forgot-password";
    }

    @PostMapping("/password/forgot")
    String forgot(@ModelAttribute("form") PasswordForm form, Model model) {
        links.requestReset(form.getEmail());
        // the same answer for known and unknown addresses: the page must not tell who has an account
        model.addAttribute("sent", true);
        return "identity/forgot-password";
    }

    @GetMapping("/password/set")
    String setForm(@RequestParam(required = false) String token, @ModelAttribute("form") PasswordForm form,
            Model model) {
        model.addAttribute("token", token);
        model.addAttribute("purpose", links.open(token).orElse(null));
        return "identity/set-password";
    }

    @PostMapping("/password/set")
    String set(@RequestParam String token, @ModelAttribute("form") PasswordForm form, BindingResult binding,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("token", token);
        model.addAttribute("purpose", links.open(token).orElse(null));
        if (binding.hasErrors() || !confirmed(form, binding)) { // hasErrors: a field that is not text (PlainText)
            return "identity/set-password";
        }
        try {
            var user = links.setPassword(token, form.getNewPassword());
            if (user.isEmpty()) {
                return "identity/set-password";
            }
            sessionLogin.signIn(user.get().getId(), request, response);
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            return "identity/set-password";
        }
        redirect.addFlashAttribute("notice", messages.get("password.set"));
        return "redirect:/home";
    }

    private boolean confirmed(PasswordForm form, BindingResult binding) {
        if (form.getNewPassword() == null || !form.getNewPassword().equals(form.getConfirmPassword())) {
            binding.rejectValue("confirmPassword", "mismatch", messages.get("error.password.confirm"));
            return false;
        }
        return true;
    }
}
