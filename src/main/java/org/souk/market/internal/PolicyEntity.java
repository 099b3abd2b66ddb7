package org.souk.market.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.market.Policy;

@Entity
@Table(name = "marketplace_policy")
public class PolicyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int version;
    private String title;
    private String body;
    private Instant publishedAt;
    private String publishedBy;

    protected PolicyEntity() {
    }

    public PolicyEntity(int version, String title, String body, String publishedBy) {
        this.version = version;
        this.title = title;
        this.body = body;
        this.publishedAt = Instant.now();
        this.publishedBy = publishedBy;
    }

    public Policy toPolicy() {
        return new Policy(id, version, title, body, publishedAt, publishedBy);
    }
}
