package org.souk.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Working days, Monday to Friday in UTC: the documents count review times in them (moderation, programs). */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The moment {@code days} working days after {@code from}. */
    public static Instant add(Instant from, int days) {
        var time = from.atZone(ZoneOffset.UTC);
        int left = days;
        while (left > 0) {
            time = time.plusDays(1);
            if (working(time.toLocalDate())) {
                left--;
            }
        }
        return time.toInstant();
    }

    /** The working day on which {@code days} more working days from today have passed. */
    public static LocalDate after(LocalDate today, int days) {
        LocalDate date = today;
        int left = days;
        while (left > 0 || !working(date)) {
            date = date.plusDays(1);
            if (working(date)) {
                left--;
            }
        }
        return date;
    }

    static boolean working(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
