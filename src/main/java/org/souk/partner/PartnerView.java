package org.souk.partner;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A partner account as its users and the managers see it. {@code reviewBy}: while the application is pending,
 * the day by which a manager answers it (P-05: 3-4 working days from the application; the later one).
 * {@code logoUrl} and {@code smallLogoUrl}: the uploaded logo for a 96 and a 40 pixel slot, null when there is none.
 */
public record PartnerView(long id, String code, String companyName, String companyWebsite, String phone,
        String comment, PartnerStatus status, String statusReason, String reviewedBy, Instant reviewedAt,
        Instant createdAt, boolean codeChangeable, LocalDate reviewBy, String description, String supportEmail,
        String supportUrl, String logoUrl, String smallLogoUrl) {

    public boolean approved() {
        return status == PartnerStatus.APPROVED;
    }
}
