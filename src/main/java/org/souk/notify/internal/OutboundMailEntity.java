package org.souk.notify.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "outbound_mail")
public class OutboundMailEntity {

    public enum Delivery {
        LOGGED, SENT, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String subject;
    private String body;
    private Instant createdAt;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Delivery delivery;
    private String error;

    protected OutboundMailEntity() {
    }

    public OutboundMailEntity(String recipient, String subject, String body, Delivery delivery, String error) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = Instant.now();
        this.delivery = delivery;
        this.error = error;
    }

    public MailView toView() {
        return new MailView(id, recipient, subject, body, createdAt, delivery, error);
    }
}
