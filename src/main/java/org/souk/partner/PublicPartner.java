package org.souk.partner;

/**
 * What anyone may read of an approved partner: its name, website, description and support contacts. Never its
 * phone, comment, legal entity or people. {@code logoUrl} and {@code smallLogoUrl}: its uploaded logo for a 96 and a
 * 40 pixel slot, null when it has none.
 */
public record PublicPartner(String code, String name, String website, String description, String supportEmail,
        String supportUrl, String logoUrl, String smallLogoUrl) {
}
