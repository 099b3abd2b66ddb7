package org.souk.moderation;

import java.util.List;

/** A message in a partner's chat with a region's moderators; {@code recipients} are those away from it (M-05). */
public record ChatMessagePosted(String partnerCode, String region, String author, String excerpt,
        List<Recipient> recipients, String link) {
}
