package org.souk.notify;

import java.time.Instant;

/** An in-app notification as its user sees it. */
public record Notification(long id, String title, String link, Instant createdAt, Instant readAt) {
}
