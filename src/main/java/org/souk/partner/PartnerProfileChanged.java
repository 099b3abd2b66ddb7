package org.souk.partner;

/** An owner changed what the partner's public page shows (the catalog renders that page anew). */
public record PartnerProfileChanged(long partnerId, String code) {
}
