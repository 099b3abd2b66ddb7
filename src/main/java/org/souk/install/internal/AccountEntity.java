package org.souk.install.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.install.CustomerAccount;

@Entity
@Table(name = "customer_account")
public class AccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String domain;
    private String memberId;
    private String plan;
    private String language;
    private Long testPartnerId;
    private Instant createdAt;

    protected AccountEntity() {
    }

    public AccountEntity(String domain, String memberId, String plan, String language, Long testPartnerId) {
        this.domain = domain;
        this.memberId = memberId;
        this.plan = plan;
        this.language = language;
        this.testPartnerId = testPartnerId;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getDomain() {
        return domain;
    }

    public String getMemberId() {
        return memberId;
    }

    public String getLanguage() {
        return language;
    }

    public String getPlan() {
        return plan;
    }

    public Long getTestPartnerId() {
        return testPartnerId;
    }

    public CustomerAccount toAccount() {
        return new CustomerAccount(id, domain, memberId, plan, language, testPartnerId, createdAt);
    }
}
