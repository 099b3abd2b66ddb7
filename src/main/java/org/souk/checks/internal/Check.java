package org.souk.checks.internal;

import org.souk.checks.Severity;

/**
 * One rule of requirements.md that Souk checks by itself. A check reads the draft in its context and
 * reports what it finds; it never changes anything and never calls the network unless it is a network
 * check (those go through the guarded client).
 */
public interface Check {

    /** The rule id of requirements.md, e.g. {@code C-12}. */
    String rule();

    /** What a finding of this check weighs when the check is enforced. */
    Severity severity();

    void run(CheckContext context, Findings findings);

    /**
     * A check that calls the network (URLs answer, certificates, linked media) runs only when asked for
     * (check now, submission), never as the partner types, and only through the guarded client.
     */
    default boolean network() {
        return false;
    }
}
