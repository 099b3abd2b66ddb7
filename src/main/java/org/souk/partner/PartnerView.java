package org.souk.partner;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A partner account as its users and the managers see it. {@code reviewBy}: while the application is pending,
 * the day by which a manager answers it (P-05: 3-4 working days from the application; the later one).
 */
public record PartnerView(long id, String code, String companyName, String companyWebsite, String phone,
        String comment, PartnerStatus status, String statusReason, String reviewedBy, Instant reviewedAt,
        Instant createdAt, boolean codeChangeable, LocalDate reviewBy, String description, String supportEmail,
        String supportUrl) {

    public boolean approved() {
        return status == PartnerStatus.APPROVED;
    }
}
