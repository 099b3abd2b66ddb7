package org.souk.programs.internal;

import org.souk.identity.SoukUser;
import org.souk.programs.Complaints;
import org.souk.programs.Grants;
import org.souk.web.FlashResults;
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

/** The managers' page: the queue of requests (grant or refuse) and the partners with repeated confirmed complaints. */
@Controller
class ManagerProgramPages {

    private final Grants grants;
    private final Complaints complaints;
    private final Messages messages;
    private final FlashResults flash;

    ManagerProgramPages(Grants grants, Complaints complaints, Messages messages, FlashResults flash) {
        this.flash = flash;
        this.grants = grants;
        this.complaints = complaints;
        this.messages = messages;
    }

    @GetMapping("/manage/programs")
    String page(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            Model model) {
        model.addAttribute("queue", grants.queue(page, PageResponse.htmlSize(size)));
        model.addAttribute("complained", complaints.repeated(0, 100));
        model.addAttribute("now", java.time.Instant.now());
        return "programs/manage";
    }

    @PostMapping("/manage/programs/{id}/grant")
    String grant(@AuthenticationPrincipal SoukUser manager, @PathVariable long id, RedirectAttributes redirect) {
        flash.attempt(redirect, messages.get("programs.manage.granted"),
                () -> grants.grant(manager, id));
        return "redirect:/manage/programs";
    }

    @PostMapping("/manage/programs/{id}/refusal")
    String refuse(@AuthenticationPrincipal SoukUser manager, @PathVariable long id,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        flash.attempt(redirect, messages.get("programs.manage.refused"),
                () -> grants.refuse(manager, id, reason));
        return "redirect:/manage/programs";
    }

    @PostMapping("/manage/programs/grants/{id}/end")
    String end(@AuthenticationPrincipal SoukUser manager, @PathVariable long id,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        flash.attempt(redirect, messages.get("programs.manage.ended"),
                () -> grants.endForComplaints(manager, id, reason));
        return "redirect:/manage/programs";
    }
}
