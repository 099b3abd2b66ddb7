package org.souk.install;

import java.time.Instant;

/** F-10: one REST call of an installation as its log keeps it: which account, which method, when, how it ended. */
public record RestCall(String domain, String method, Instant at, int status, int durationMs) {
}
