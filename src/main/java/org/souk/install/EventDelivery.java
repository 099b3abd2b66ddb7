package org.souk.install;

import java.time.Instant;
import java.util.List;

import org.souk.web.LowerCaseValue;

import tools.jackson.databind.annotation.JsonSerialize;

/** One event sent to a version's handler, with every attempt (what the partner sees, F-09 / api.md). */
public record EventDelivery(long id, String event, String domain, String memberId, String handlerUrl,
        @JsonSerialize(using = LowerCaseValue.class) String status, int attempts, Instant createdAt, Instant deliveredAt, Instant nextAttemptAt,
        List<Attempt> attemptLog) {

    /** {@code status} is the HTTP status, 0 when no answer came ({@code error} says why). */
    public record Attempt(int number, Instant startedAt, long durationMs, int status, String error) {
    }
}
