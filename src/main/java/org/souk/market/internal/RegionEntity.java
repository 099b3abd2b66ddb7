package org.souk.market.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.market.Region;

@Entity
@Table(name = "region")
public class RegionEntity {

    @Id
    private String code;
    private String name;
    private String mandatoryLanguage;
    private Instant createdAt;

    protected RegionEntity() {
    }

    public RegionEntity(String code, String name, String mandatoryLanguage) {
        this.code = code;
        this.name = name;
        this.mandatoryLanguage = mandatoryLanguage;
        this.createdAt = Instant.now();
    }

    public Region toRegion() {
        return new Region(code, name, mandatoryLanguage);
    }
}
