package org.souk.checks;

/** How much a finding weighs: a blocker refuses the submission (M-01), a warning and an info do not. */
public enum Severity {
    BLOCKER, WARNING, INFO
}
