package org.souk.partner;

/** The application for partner status (P-05). */
public enum PartnerStatus {
    PENDING, APPROVED, REJECTED
}
