package org.souk.partner.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.souk.identity.SessionLogin;
import org.souk.partner.Partners;
import org.souk.web.Forms;
import org.souk.web.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public registration page (P-01); the code field asks live whether the code is free (P-03). */
@Controller
class RegistrationController {

    private final Partners partners;
    private final SessionLogin sessionLogin;

    RegistrationController(Partners partners, SessionLogin sessionLogin) {
        this.partners = partners;
        this.sessionLogin = sessionLogin;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping("/register")
    String form(@ModelAttribute("form") RegistrationForm form) {
        return "partner/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") RegistrationForm form, BindingResult binding,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) { // a field that is not text (PlainText)
            form.forgetPassword();
            return "partner/register";
        }
        try {
            Partners.Registered registered = partners.register(form.toRegistration());
            sessionLogin.signIn(registered.owner().id(), request, response);
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            form.forgetPassword();
            return "partner/register";
        }
        redirect.addFlashAttribute("welcome", true);
        return "redirect:/partner";
    }

    @GetMapping("/register/code-check")
    String codeCheck(@RequestParam(defaultValue = "") String partnerCode, Model model) {
        model.addAttribute("check", partners.checkCode(partnerCode));
        return "partner/register :: codeCheck";
    }
}
