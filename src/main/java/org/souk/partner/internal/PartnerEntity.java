package org.souk.partner.internal;

import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.souk.partner.PartnerLogos;
import org.souk.partner.PartnerStatus;
import org.souk.partner.PartnerView;
import org.souk.web.WorkingDays;
import org.souk.partner.PublicPartner;

@Entity
@Table(name = "partner")
public class PartnerEntity {

    /** P-05: applications are reviewed in 3-4 working days; the partner is promised the later. */
    static final int REVIEW_WORKING_DAYS = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String companyName;
    private String companyWebsite;
    private String phone;
    private String comment;
    private String publicDescription;
    private String supportEmail;
    private String supportUrl;
    private String logoKey;
    private String logoThumbKey;
    private String logoSmallKey;
    @Enumerated(EnumType.STRING)
    private PartnerStatus status = PartnerStatus.PENDING;
    private String statusReason;
    private String reviewedBy;
    private Instant reviewedAt;
    private Instant consentAt;
    private Instant codeFrozenAt;
    private Instant createdAt;
    @Version
    private int version;

    protected PartnerEntity() {
    }

    public PartnerEntity(String code, PartnerProfile profile) {
        this.code = code;
        apply(profile);
        this.createdAt = Instant.now();
        this.consentAt = createdAt;
    }

    public final void apply(PartnerProfile profile) {
        this.companyName = profile.companyName();
        this.companyWebsite = profile.companyWebsite();
        this.phone = profile.phone();
        this.comment = profile.comment();
    }

    /** The public page's texts (already checked and trimmed; null clears). */
    public void applyPublic(String description, String supportEmail, String supportUrl) {
        this.publicDescription = description;
        this.supportEmail = supportEmail;
        this.supportUrl = supportUrl;
    }

    public PublicPartner toPublic() {
        return new PublicPartner(code, companyName, companyWebsite, publicDescription, supportEmail, supportUrl,
                PartnerLogos.path(code, logoThumbKey), PartnerLogos.path(code, logoSmallKey));
    }

    /** The logo as uploaded and its two thumbnails (blob keys); nulls remove it. */
    public void logo(String key, String thumbKey, String smallKey) {
        this.logoKey = key;
        this.logoThumbKey = thumbKey;
        this.logoSmallKey = smallKey;
    }

    /** Whether the key is one of the logo's thumbnails, the images its page shows. */
    public boolean showsLogo(String key) {
        return key != null && (key.equals(logoThumbKey) || key.equals(logoSmallKey));
    }

    public String getLogoKey() {
        return logoKey;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getCompanyName() {
        return companyName;
    }

    public PartnerStatus getStatus() {
        return status;
    }

    public boolean codeChangeable() {
        return codeFrozenAt == null;
    }

    public void changeCode(String code) {
        this.code = code;
    }

    public void review(PartnerStatus status, String reason, String reviewer) {
        this.status = status;
        this.statusReason = reason;
        this.reviewedBy = reviewer;
        this.reviewedAt = Instant.now();
    }

    public PartnerView toView() {
        return new PartnerView(id, code, companyName, companyWebsite, phone, comment, status, statusReason,
                reviewedBy, reviewedAt, createdAt, codeChangeable(), status == PartnerStatus.PENDING && createdAt != null
                        ? WorkingDays.add(createdAt, REVIEW_WORKING_DAYS).atZone(ZoneOffset.UTC).toLocalDate() : null,
                publicDescription, supportEmail, supportUrl, PartnerLogos.path(code, logoThumbKey),
                PartnerLogos.path(code, logoSmallKey));
    }
}
