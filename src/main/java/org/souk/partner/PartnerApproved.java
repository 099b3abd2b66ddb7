package org.souk.partner;

import java.util.List;

/** A market manager granted partner status (P-05); {@code owners} are the addresses to notify (P-02). */
public record PartnerApproved(long partnerId, String code, String companyName, List<String> owners) {
}
