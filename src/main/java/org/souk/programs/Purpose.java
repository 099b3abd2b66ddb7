package org.souk.programs;

/**
 * Why a partner asks for a grant; the purpose decides the kind and the term (G-01, G-02). A CRM preset
 * names the preset; an NFR license may name the industry solution it is for.
 */
public enum Purpose {
    /** 3 months, once, for a partner with nothing published yet; not extendable. */
    FIRST_APPLICATION(GrantKind.SANDBOX, 3, false),
    /** 6 months for testing, support and demonstration of published applications; +6 while they stay published. */
    PUBLISHED_APPLICATIONS(GrantKind.SANDBOX, 6, true),
    /** 6 months per published CRM preset; +6 while that preset stays published. */
    CRM_PRESET(GrantKind.SANDBOX, 6, true),
    /** 6 months with at least one published solution; renewable while the condition holds. */
    NFR_LICENSE(GrantKind.NFR, 6, true);

    private final GrantKind kind;
    private final int months;
    private final boolean extendable;

    Purpose(GrantKind kind, int months, boolean extendable) {
        this.kind = kind;
        this.months = months;
        this.extendable = extendable;
    }

    public GrantKind kind() {
        return kind;
    }

    public int months() {
        return months;
    }

    public boolean extendable() {
        return extendable;
    }

    /** Whether the grant rests on a named solution staying in the catalog. */
    public boolean needsSolution() {
        return this == CRM_PRESET;
    }
}
