package org.souk.partner.internal;

import java.time.Instant;

/** The fields of a legal entity (P-07): every agreement is signed on its behalf. */
public record LegalEntity(String name, String country, String registrationNumber, String taxId, String address) {

    public record Stored(long id, LegalEntity entity, boolean active, Instant createdAt, String createdBy,
            Instant replacedAt) {
    }
}
