package org.souk.catalog.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * One listed solution: its snapshot as JSON, with the columns the catalog's own queries need. Hibernate
 * Search indexes it when the transaction that writes it commits ({@link EntryBinder} says how). An update writes
 * only the columns it changed: the install counts, the ratings and the ranks are each written by a listener of its
 * own, and one that loaded the entry before another committed must not write the other's columns back.
 */
@Entity
@DynamicUpdate
@Table(name = "catalog_entry")
@Indexed(index = "catalog")
@TypeBinding(binder = @TypeBinderRef(type = EntryBinder.class))
class CatalogEntry {

    @Id
    private String code;
    @Column(name = "partner_id")
    private long partnerId;
    @Column(name = "partner_code")
    private String partnerCode;
    private String snapshot;
    @Column(name = "first_published_at")
    private Instant firstPublishedAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    private long installs;
    @Column(name = "rating_count")
    private long ratingCount;
    @Column(name = "rating_sum")
    private long ratingSum;
    private long popularity;
    private double trend;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Transient
    private CatalogSnapshot parsed;

    protected CatalogEntry() {
    }

    CatalogEntry(String code) {
        this.code = code;
    }

    void show(long partnerId, CatalogSnapshot snapshot, long installs) {
        this.partnerId = partnerId;
        this.partnerCode = snapshot.partnerCode();
        this.snapshot = SnapshotJson.write(snapshot);
        this.parsed = snapshot;
        this.firstPublishedAt = snapshot.firstPublishedAt();
        this.publishedAt = snapshot.publishedAt();
        this.installs = installs;
        this.updatedAt = Instant.now();
    }

    void installs(long installs) {
        if (this.installs != installs) {
            this.installs = installs;
            this.updatedAt = Instant.now();
        }
    }

    /** The ratings of the solution's visible reviews (issue 15): how many, and their sum. */
    void ratings(long count, long sum) {
        if (ratingCount != count || ratingSum != sum) {
            ratingCount = count;
            ratingSum = sum;
            updatedAt = Instant.now();
        }
    }

    /** "Popular" and "Trending" (issue 15): active installations over the last 30 days, and their growth. */
    void rank(long popularity, double trend) {
        if (this.popularity != popularity || this.trend != trend) {
            this.popularity = popularity;
            this.trend = trend;
            updatedAt = Instant.now();
        }
    }

    long getPopularity() {
        return popularity;
    }

    double getTrend() {
        return trend;
    }

    long getRatingCount() {
        return ratingCount;
    }

    long getRatingSum() {
        return ratingSum;
    }

    String getCode() {
        return code;
    }

    String getPartnerCode() {
        return partnerCode;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getInstalls() {
        return installs;
    }

    /** The snapshot column; read by Hibernate Search's dependency tracking. */
    String getSnapshot() {
        return snapshot;
    }

    CatalogSnapshot snapshot() {
        if (parsed == null) {
            parsed = SnapshotJson.read(snapshot);
        }
        return parsed;
    }
}
