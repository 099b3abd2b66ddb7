package org.souk.notify.internal;

import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class MailboxController {

    private final Mailbox mailbox;

    MailboxController(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/admin/mailbox")
    String list(@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Model model) {
        model.addAttribute("mails", mailbox.page(to, page, PageResponse.htmlSize(size)));
        model.addAttribute("to", to);
        return "notify/mailbox";
    }

    @GetMapping("/admin/mailbox/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("mail", mailbox.find(id).orElseThrow(() -> new NotFound("No e-mail " + id)));
        return "notify/mail";
    }
}
