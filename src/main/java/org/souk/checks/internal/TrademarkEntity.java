package org.souk.checks.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** C-19: a known trademark's picture, kept as its 64-bit difference hash only. */
@Entity
@Table(name = "check_trademark")
public class TrademarkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private long dhash;
    private String addedBy;
    private Instant addedAt;

    protected TrademarkEntity() {
    }

    public TrademarkEntity(String name, long dhash, String addedBy) {
        this.name = name;
        this.dhash = dhash;
        this.addedBy = addedBy;
        this.addedAt = Instant.now();
    }

    public Trademarks.Trademark toTrademark() {
        return new Trademarks.Trademark(id, name, String.format("%016x", dhash), addedBy, addedAt);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getDhash() {
        return dhash;
    }
}
