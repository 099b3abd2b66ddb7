package org.souk.catalog.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** "What's new" of one published version, kept from the publication that made it public. */
@Entity
@Table(name = "catalog_version_note")
@IdClass(VersionNote.Key.class)
class VersionNote {

    @Id
    private String code;
    @Id
    @Column(name = "version_number")
    private int versionNumber;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "whats_new")
    private String whatsNew;

    protected VersionNote() {
    }

    VersionNote(String code, int versionNumber, Instant publishedAt, Map<String, String> whatsNew) {
        this.code = code;
        this.versionNumber = versionNumber;
        this.publishedAt = publishedAt;
        this.whatsNew = SnapshotJson.write(whatsNew);
    }

    int getVersionNumber() {
        return versionNumber;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Map<String, String> whatsNew() {
        return SnapshotJson.texts(whatsNew);
    }

    record Key(String code, int versionNumber) implements Serializable {
    }
}
