package org.souk.partner;

/**
 * What anyone may read of an approved partner: its name, website, description and support contacts. Never its
 * phone, comment, legal entity or people.
 */
public record PublicPartner(String code, String name, String website, String description, String supportEmail,
        String supportUrl) {
}
