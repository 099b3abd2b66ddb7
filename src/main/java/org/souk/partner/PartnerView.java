package org.souk.partner;

import java.time.Instant;

/** A partner account as its users and the managers see it. */
public record PartnerView(long id, String code, String companyName, String companyWebsite, String phone,
        String comment, PartnerStatus status, String statusReason, String reviewedBy, Instant reviewedAt,
        Instant createdAt, boolean codeChangeable, String description, String supportEmail, String supportUrl) {

    public boolean approved() {
        return status == PartnerStatus.APPROVED;
    }
}
