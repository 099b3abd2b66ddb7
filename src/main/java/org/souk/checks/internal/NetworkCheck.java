package org.souk.checks.internal;

import org.souk.checks.Severity;

/** A rule check that calls the network: it runs only when asked for (see {@link Check#network()}). */
public abstract class NetworkCheck extends RuleCheck {

    protected NetworkCheck(String rule, Severity severity) {
        super(rule, severity);
    }

    @Override
    public final boolean network() {
        return true;
    }
}
