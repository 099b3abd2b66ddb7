package org.souk.install.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.souk.solution.VersionCard;

/**
 * One install of a solution on an account. The version card's URLs and scopes are copied in: a test install
 * of a draft must keep what it was installed with even when the draft changes afterwards.
 */
@Entity
@Table(name = "installation")
public class InstallationEntity {

    public static final String PENDING = "PENDING";
    public static final String INSTALLED = "INSTALLED";
    public static final String UNINSTALLED = "UNINSTALLED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long accountId;
    private String solutionCode;
    private int version;
    private String scope;
    private String appUrl;
    private String installerUrl;
    private String handlerUrl;
    private boolean installableWithoutAdmin;
    private boolean paid;
    private String status;
    private String applicationToken;
    private long installedBy;
    private boolean test;
    private Instant installedAt;
    private Instant uninstalledAt;
    private boolean clean;
    /** Added to by CallQuota's flush, an UPDATE of its own: never written from here, so that a save loses no call. */
    @Column(insertable = false, updatable = false)
    private long restCalls;
    @Column(insertable = false, updatable = false)
    private long restRefused;

    protected InstallationEntity() {
    }

    public InstallationEntity(long accountId, String solutionCode, VersionCard version, boolean paid,
            String applicationToken, long installedBy, boolean test) {
        this.accountId = accountId;
        this.solutionCode = solutionCode;
        this.applicationToken = applicationToken;
        this.installedBy = installedBy;
        this.test = test;
        this.paid = paid;
        this.installedAt = Instant.now();
        takeVersion(version);
        // an installer page must call installFinish before the app counts as installed
        this.status = installerUrl != null ? PENDING : INSTALLED;
    }

    /** Update: the newer version's scopes and URLs. */
    public void takeVersion(VersionCard card) {
        this.version = card.number();
        this.scope = String.join(",", card.scopes());
        this.appUrl = card.appUrl();
        this.installerUrl = card.installerUrl();
        this.handlerUrl = card.handlerUrl();
        this.installableWithoutAdmin = card.installableWithoutAdmin();
    }

    public void finish() {
        this.status = INSTALLED;
    }

    public void uninstall(boolean clean) {
        this.status = UNINSTALLED;
        this.clean = clean;
        this.uninstalledAt = Instant.now();
    }

    public boolean isActive() {
        return !UNINSTALLED.equals(status);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getSolutionCode() {
        return solutionCode;
    }

    public int getVersion() {
        return version;
    }

    /** The scopes, {@code basic} implied, comma-separated as protocol.md writes them. */
    public String getScope() {
        return scope;
    }

    public List<String> scopes() {
        return scope.isEmpty() ? List.of() : Arrays.asList(scope.split(","));
    }

    public String getAppUrl() {
        return appUrl;
    }

    public String getInstallerUrl() {
        return installerUrl;
    }

    public String getHandlerUrl() {
        return handlerUrl;
    }

    public boolean isInstallableWithoutAdmin() {
        return installableWithoutAdmin;
    }

    /** protocol.md's {@code status}: F for a free app, P for one with paid parts (Souk). */
    public String licenseStatus() {
        return licenseStatus(paid);
    }

    /** protocol.md's {@code status}: P paid, F free. */
    public static String licenseStatus(boolean paid) {
        return paid ? "P" : "F";
    }

    public String getStatus() {
        return status;
    }

    public String getApplicationToken() {
        return applicationToken;
    }

    public long getInstalledBy() {
        return installedBy;
    }

    public boolean isTest() {
        return test;
    }

    public Instant getInstalledAt() {
        return installedAt;
    }

    public Instant getUninstalledAt() {
        return uninstalledAt;
    }

    public boolean isClean() {
        return clean;
    }

    public long getRestCalls() {
        return restCalls;
    }

    public long getRestRefused() {
        return restRefused;
    }
}
