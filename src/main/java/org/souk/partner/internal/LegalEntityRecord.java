package org.souk.partner.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One legal entity of a partner; one is active, the replaced ones stay as history (P-07). */
@Entity
@Table(name = "legal_entity")
public class LegalEntityRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnerId;
    private String name;
    private String country;
    private String registrationNumber;
    private String taxId;
    private String address;
    private boolean active;
    private Instant createdAt;
    private String createdBy;
    private Instant replacedAt;

    protected LegalEntityRecord() {
    }

    public LegalEntityRecord(Long partnerId, LegalEntity entity, String createdBy) {
        this.partnerId = partnerId;
        this.name = entity.name();
        this.country = entity.country();
        this.registrationNumber = entity.registrationNumber();
        this.taxId = entity.taxId();
        this.address = entity.address();
        this.active = true;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public void replace() {
        active = false;
        replacedAt = Instant.now();
    }

    public LegalEntity.Stored toStored() {
        return new LegalEntity.Stored(id, new LegalEntity(name, country, registrationNumber, taxId, address), active,
                createdAt, createdBy, replacedAt);
    }
}
