package org.souk.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The rules' text, public: what a rule id beside a message or in an e-mail means. */
@Controller
class RulePages {

    private final RuleBook rules;

    RulePages(RuleBook rules) {
        this.rules = rules;
    }

    @GetMapping("/rules")
    String all(Model model) {
        model.addAttribute("groups", rules.groups());
        return "rules/list";
    }

    @GetMapping("/rules/{id}")
    String one(@PathVariable String id, Model model) {
        model.addAttribute("rule", rules.find(id).orElseThrow(() -> new NotFound("No rule " + id)));
        return "rules/rule";
    }
}
