package org.souk.analytics.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.analytics.FiguresRolledUp;
import org.souk.web.Conflict;
import org.souk.web.Messages;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When days are rolled up, always by one node of the cluster at a time (the ShedLock lock
 * {@value #LOCK}): every {@code refresh-every} today and each day of the last {@code catch-up-days} that was not
 * rolled up after it ended (so yesterday is made final just after midnight, and days a stopped market missed are
 * caught up); a backfill rebuilds every day from a date, at start ({@code souk.analytics.backfill-from}) or by a
 * manager's action. After each run the catalog hears {@link FiguresRolledUp}.
 */
@Component
class RollUpJob {

    static final String LOCK = "analytics-rollup";
    private static final Logger LOG = LoggerFactory.getLogger(RollUpJob.class);

    /** What a backfill did. */
    record Backfill(LocalDate from, LocalDate to, int days, long rows, long millis) {
    }

    private final RollUp rollUp;
    private final AnalyticsSettings settings;
    private final JdbcClient jdbc;
    private final LockingTaskExecutor locks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Messages messages;

    RollUpJob(RollUp rollUp, AnalyticsSettings settings, DataSource dataSource, LockProvider lockProvider,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Messages messages) {
        this.rollUp = rollUp;
        this.settings = settings;
        this.jdbc = JdbcClient.create(dataSource);
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.messages = messages;
    }

    @Scheduled(fixedDelayString = "${souk.analytics.refresh-every:PT5M}",
            initialDelayString = "${souk.analytics.refresh-every:PT5M}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    void refresh() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today.minusDays(Math.max(settings.catchUpDays(), 0)); day.isBefore(today);
                day = day.plusDays(1)) {
            Timestamp rolled = jdbc.sql("SELECT rolled_at FROM analytics_rollup WHERE on_day = :day").param("day", day)
                    .query(Timestamp.class).optional().orElse(null);
            if (rolled == null || rolled.toInstant().isBefore(day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
                days.add(day);
            }
        }
        days.add(today);
        rollUp(days);
    }

    /** Rolls the days up (the caller holds the lock) and tells the catalog; the rows written. */
    long rollUp(List<LocalDate> days) {
        RegionRules regions = rollUp.regions();
        long rows = 0;
        for (LocalDate day : days) {
            rows += rollUp.day(day, regions).rows();
        }
        transaction.executeWithoutResult(status -> events.publishEvent(new FiguresRolledUp(List.copyOf(days))));
        return rows;
    }

    /**
     * Rebuilds every day from {@code from} to today from the stored records, holding the roll-up's lock (a
     * manager's action while a roll-up runs is refused: 409).
     */
    Backfill backfill(LocalDate from) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = from.isAfter(today) ? today : from;
        List<LocalDate> days = Stream.iterate(first, day -> !day.isAfter(today), day -> day.plusDays(1)).toList();
        long started = System.nanoTime();
        try {
            LockingTaskExecutor.TaskResult<Long> result = locks.executeWithLock(() -> rollUp(days),
                    new LockConfiguration(Instant.now(), LOCK, Duration.ofHours(6), Duration.ZERO));
            if (!result.wasExecuted()) {
                throw new Conflict(null, messages.get("analytics.backfill.busy"));
            }
            Backfill done = new Backfill(first, today, days.size(), result.getResult(),
                    (System.nanoTime() - started) / 1_000_000);
            LOG.info("Analytics backfill: {} days from {} rolled up again, {} rows, {} ms", done.days(), first,
                    done.rows(), done.millis());
            return done;
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first day anything was stored: the first installation's or review's. */
    LocalDate earliest() {
        Optional<Timestamp> first = Stream.of("SELECT MIN(installed_at) FROM installation",
                "SELECT MIN(created_at) FROM review")
                .map(sql -> jdbc.sql(sql).query(Timestamp.class).optional().orElse(null))
                .filter(java.util.Objects::nonNull).min(Timestamp::compareTo);
        return first.map(t -> t.toInstant().atZone(ZoneOffset.UTC).toLocalDate())
                .orElse(LocalDate.now(ZoneOffset.UTC));
    }

    /** {@code souk.analytics.backfill-from} at start: in the background, the node serves meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void backfillAtStart() {
        String from = settings.backfillFrom().strip();
        if (from.isEmpty()) {
            return;
        }
        LocalDate first = "earliest".equalsIgnoreCase(from) ? earliest() : LocalDate.parse(from);
        Thread thread = new Thread(() -> {
            try {
                backfill(first);
            } catch (RuntimeException e) {
                LOG.warn("Analytics backfill from {} not done: {}", first, e.getMessage());
            }
        }, "analytics-backfill");
        thread.setDaemon(true);
        thread.start();
    }
}
