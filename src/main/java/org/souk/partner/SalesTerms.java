package org.souk.partner;

/** The sales terms a partner chooses per region (P-08, S-04). */
public enum SalesTerms {
    FREE, FREE_WITH_IN_APP_PURCHASES
}
