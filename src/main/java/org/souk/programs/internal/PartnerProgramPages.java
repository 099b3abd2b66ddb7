package org.souk.programs.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.souk.identity.SoukUser;
import org.souk.install.Accounts;
import org.souk.programs.Grants;
import org.souk.programs.ProgramRequest;
import org.souk.programs.Purpose;
import org.souk.web.FlashResults;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner's page of programs: the request form, whose term panel follows the choices (htmx) so the partner
 * knows the term and the reason before sending; the requests and grants with their end dates and extensions.
 */
@Controller
class PartnerProgramPages {

    private final Grants grants;
    private final Accounts accounts;
    private final Messages messages;
    private final FlashResults flash;

    PartnerProgramPages(Grants grants, Accounts accounts, Messages messages, FlashResults flash) {
        this.flash = flash;
        this.grants = grants;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/partner/programs")
    String page(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        return show(user, new ProgramRequest(null, null, false, null, null), page, model);
    }

    /** The term panel alone, for htmx as the partner changes the form. */
    @GetMapping("/partner/programs/term")
    String term(@AuthenticationPrincipal SoukUser user, @RequestParam(required = false) Purpose purpose,
            @RequestParam(required = false) String account, @RequestParam(defaultValue = "false") boolean newAccount,
            @RequestParam(required = false) String solution, Model model) {
        model.addAttribute("term", grants.term(user, new ProgramRequest(purpose, account, newAccount, solution, null)));
        return "programs/partner :: term";
    }

    @PostMapping("/partner/programs")
    String request(@AuthenticationPrincipal SoukUser user, @RequestParam(required = false) Purpose purpose,
            @RequestParam(required = false) String account, @RequestParam(defaultValue = "false") boolean newAccount,
            @RequestParam(required = false) String solution, @RequestParam(required = false) String note, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ProgramRequest form = new ProgramRequest(purpose, account, newAccount, solution, note);
        try {
            grants.request(user, form);
            redirect.addFlashAttribute("notice", messages.get("programs.requested"));
            return "redirect:/partner/programs";
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("fieldErrors", PageResults.byField(e.violations()));
            return show(user, form, 0, model);
        }
    }

    @PostMapping("/partner/programs/{id}/extension")
    String extend(@AuthenticationPrincipal SoukUser user, @PathVariable long id, RedirectAttributes redirect) {
        flash.attempt(redirect, messages.get("programs.extended.done"), () -> grants.extend(user, id));
        return "redirect:/partner/programs";
    }

    private String show(SoukUser user, ProgramRequest form, int page, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("purposes", List.of(Purpose.values()));
        model.addAttribute("accounts", accounts.of(user).stream().map(Accounts.Membership::account).toList());
        model.addAttribute("term", grants.term(user, form));
        model.addAttribute("grants", grants.mine(user, page, 50));
        return "programs/partner";
    }
}
