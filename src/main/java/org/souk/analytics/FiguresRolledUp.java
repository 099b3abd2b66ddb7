package org.souk.analytics;

import java.time.LocalDate;
import java.util.List;

/** The daily rows of these days were written again (a roll-up or a backfill): the catalog re-reads the ranks. */
public record FiguresRolledUp(List<LocalDate> days) {
}
