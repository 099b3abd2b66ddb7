package org.souk.audit.internal;

import org.souk.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's page of the audit log: every change of the market, who made it and from where. */
@Controller
class AuditPages {

    private final AuditLog log;

    AuditPages(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            Model model) {
        model.addAttribute("entries", log.page(page, size));
        return "audit/log";
    }
}
