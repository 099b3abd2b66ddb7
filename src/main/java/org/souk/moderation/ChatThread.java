package org.souk.moderation;

import java.util.List;

/** One partner's conversation with one region's moderators (M-05), oldest message first. */
public record ChatThread(String partnerCode, String partnerName, String region, List<ChatMessage> messages,
        long total, long unread) {
}
