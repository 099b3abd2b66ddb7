package org.souk.install.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user of an account; its administrator may install what needs admin rights (O-03). */
@Entity
@Table(name = "account_member")
public class AccountMemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long accountId;
    private long userId;
    private boolean admin;

    protected AccountMemberEntity() {
    }

    public AccountMemberEntity(long accountId, long userId, boolean admin) {
        this.accountId = accountId;
        this.userId = userId;
        this.admin = admin;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getUserId() {
        return userId;
    }

    public boolean isAdmin() {
        return admin;
    }
}
