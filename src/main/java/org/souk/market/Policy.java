package org.souk.market;

import java.time.Instant;

/** One version of the Marketplace Policy: a text with {placeholders} that becomes each partner's agreement. */
public record Policy(long id, int version, String title, String body, Instant publishedAt, String publishedBy) {
}
