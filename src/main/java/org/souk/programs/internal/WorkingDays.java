package org.souk.programs.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Monday to Friday in UTC, as the documents count review times (moderation keeps its own for its queue). */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static Instant after(Instant from, int days) {
        ZonedDateTime time = from.atZone(ZoneOffset.UTC);
        for (int left = days; left > 0;) {
            time = time.plusDays(1);
            if (time.getDayOfWeek() != DayOfWeek.SATURDAY && time.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return time.toInstant();
    }
}
