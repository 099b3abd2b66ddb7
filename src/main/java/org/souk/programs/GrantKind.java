package org.souk.programs;

/** What a grant makes of an account: a sandbox for development (G-01) or an NFR license (G-02). */
public enum GrantKind {
    SANDBOX("G-01"), NFR("G-02");

    private final String rule;

    GrantKind(String rule) {
        this.rule = rule;
    }

    /** The rule of requirements.md that sets its terms. */
    public String rule() {
        return rule;
    }
}
