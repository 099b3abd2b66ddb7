package org.souk.partner.internal;

/** The company fields of a partner that its owners may edit. */
public record PartnerProfile(String companyName, String companyWebsite, String phone, String comment) {
}
