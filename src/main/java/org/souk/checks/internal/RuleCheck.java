package org.souk.checks.internal;

import org.souk.checks.Severity;

/** A check of one rule with a fixed weight: its rule id and severity said once, in its constructor. */
public abstract class RuleCheck implements Check {

    private final String rule;
    private final Severity severity;

    protected RuleCheck(String rule, Severity severity) {
        this.rule = rule;
        this.severity = severity;
    }

    @Override
    public final String rule() {
        return rule;
    }

    @Override
    public final Severity severity() {
        return severity;
    }
}
