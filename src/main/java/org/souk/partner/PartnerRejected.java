package org.souk.partner;

import java.util.List;

/** A market manager rejected the application for partner status, with a reason (P-05). */
public record PartnerRejected(long partnerId, String code, String companyName, String reason, List<String> owners) {
}
