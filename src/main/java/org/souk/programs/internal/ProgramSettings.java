package org.souk.programs.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reminderDays}: partners are e-mailed this many days before a grant ends (and at the end);
 * {@code job}: when the daily job ends grants and sends reminders (a cron expression, UTC);
 * {@code reviewWorkingDays}: the managers' target for a request (G-01: 1-2 working days);
 * {@code repeatedComplaints}: confirmed complaints that put a partner before the managers (G-03);
 * {@code anonymousComplaintsPerHour}: complaints one address may send per hour without signing in.
 */
@ConfigurationProperties("souk.programs")
public record ProgramSettings(@DefaultValue({ "14", "3" }) List<Integer> reminderDays,
        @DefaultValue("0 0 6 * * *") String job, @DefaultValue("2") int reviewWorkingDays,
        @DefaultValue("2") int repeatedComplaints, @DefaultValue("3") int anonymousComplaintsPerHour) {
}
