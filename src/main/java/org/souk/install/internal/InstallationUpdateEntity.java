package org.souk.install.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One update of an installation to a newer version, written in the transaction that changed the version: the
 * stored record the analytics roll-up (and a backfill of any past day) counts updates from.
 */
@Entity
@Table(name = "installation_update")
public class InstallationUpdateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Null only on a row back-filled from the audit log (V45_1) whose installation was not found. */
    private Long installationId;
    private long accountId;
    private String solutionCode;
    private int fromVersion;
    private int toVersion;
    private boolean test;
    private Instant updatedAt;

    protected InstallationUpdateEntity() {
    }

    public InstallationUpdateEntity(InstallationEntity installation, int fromVersion, Instant at) {
        this.installationId = installation.getId();
        this.accountId = installation.getAccountId();
        this.solutionCode = installation.getSolutionCode();
        this.fromVersion = fromVersion;
        this.toVersion = installation.getVersion();
        this.test = installation.isTest();
        this.updatedAt = at;
    }
}
