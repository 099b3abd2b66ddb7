package org.souk.partner;

/** A partner registered (P-01); its application for partner status is pending (P-05). */
public record PartnerRegistered(long partnerId, String code, String companyName, String email, String firstName) {
}
