package org.souk.moderation.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.moderation.CannedResponse;

@Entity
@Table(name = "moderation_canned_response")
public class CannedResponseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String rule;
    private String title;
    private String body;
    private String updatedBy;
    private Instant updatedAt;

    protected CannedResponseEntity() {
    }

    public CannedResponseEntity(String rule, String title, String body, String by) {
        set(rule, title, body, by);
    }

    public void set(String rule, String title, String body, String by) {
        this.rule = rule;
        this.title = title;
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public CannedResponse view() {
        return new CannedResponse(id, rule, title, body, updatedBy, updatedAt);
    }
}
