package org.souk.checks.internal.rules;

import org.souk.checks.Severity;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.RuleCheck;
import org.souk.solution.TechnologyType;
import org.springframework.stereotype.Component;

/**
 * The categories that need what they promise (C-04 … C-08): a gated category is chosen only by a
 * solution whose version asks for the scope the category is about, or (C-05) is a CRM preset. One
 * check per rule, so that each can be switched on its own.
 */
final class CategoryGates {

    private CategoryGates() {
    }

    abstract static class Gate extends RuleCheck {

        private final String scope;

        Gate(String rule, String scope) {
            super(rule, Severity.BLOCKER);
            this.scope = scope;
        }

        @Override
        public void run(CheckContext context, Findings findings) {
            context.card().categories().stream().map(context.categories()::get)
                    .filter(c -> c != null && rule().equals(c.gate())).filter(c -> !allowed(context))
                    .forEach(c -> findings.add("card.categories", "gate", c.code(), c.fullName("en"), scope));
        }

        boolean allowed(CheckContext context) {
            return context.hasScope(scope);
        }
    }

    /** C-04: telephony solutions use the telephony scope (the T-TEL scenarios are the moderator's checklist). */
    @Component
    static class Telephony extends Gate {
        Telephony() {
            super("C-04", "telephony");
        }
    }

    /** C-05: "Solution presets" only for CRM presets. */
    @Component
    static class Presets extends Gate {
        Presets() {
            super("C-05", "SOLUTION_PRESET");
        }

        @Override
        boolean allowed(CheckContext context) {
            return context.draft().technologyType() == TechnologyType.SOLUTION_PRESET;
        }
    }

    /** C-06: workflow activities need the bizproc scope. */
    @Component
    static class Workflows extends Gate {
        Workflows() {
            super("C-06", "bizproc");
        }
    }

    /** C-07: automation rules and CRM triggers need the bizproc scope too. */
    @Component
    static class AutomationRules extends Gate {
        AutomationRules() {
            super("C-07", "bizproc");
        }
    }

    /** C-08: chat bots need the imbot scope. */
    @Component
    static class ChatBots extends Gate {
        ChatBots() {
            super("C-08", "imbot");
        }
    }
}
