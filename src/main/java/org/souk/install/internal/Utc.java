package org.souk.install.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the token rows hold them. {@code Instant.atOffset(UTC)} asks {@code ZoneOffset.getRules()}, which
 * JDK 17 builds anew on every call (with pgjdbc's rounding of nanoseconds, a tenth of a grant's CPU in JFR); the
 * offset's seconds are all a UTC date-time needs.
 */
final class Utc {

    private Utc() {
    }

    static OffsetDateTime of(Instant instant) {
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(),
                ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Now, to the microsecond the databases keep: what is checked in memory is what was stored. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
