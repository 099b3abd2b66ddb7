package org.souk.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.souk.moderation.internal.SubmissionEntity;
import org.souk.moderation.internal.SubmissionRepository;
import org.souk.moderation.internal.SubmissionViews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The market manager's numbers of moderation: how long partners wait, and how the moderators keep up. */
@Service
public class ModerationStats {

    private final SubmissionRepository submissions;

    ModerationStats(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    /**
     * One region: open submissions and how long they have waited so far; of those decided in the period,
     * how long the decision took, the share returned (of approvals, returns and refusals), and the share
     * of every submission of the period, open or decided, that went past its due date.
     */
    public record RegionFigures(String region, long queueLength, Duration waitingMedian, Duration waitingP90,
            long decided, Duration decisionMedian, Duration decisionP90, double shareReturned,
            double shareOverdue) {
    }

    public record ModeratorFigures(String moderator, long decisions, double perDay) {
    }

    public record Report(int days, Instant since, List<RegionFigures> regions, List<ModeratorFigures> moderators) {
    }

    @Transactional(readOnly = true)
    public Report report(int days) {
        int period = Math.min(Math.max(days, 1), 365);
        Instant now = Instant.now();
        Instant since = now.minus(Duration.ofDays(period));
        List<SubmissionEntity> open = submissions.findByStatusIn(SubmissionViews.OPEN);
        List<SubmissionEntity> decided = submissions.findByDecidedAtAfter(since).stream()
                .filter(s -> s.getStatus() != SubmissionStatus.CANCELLED).toList();
        TreeSet<String> regions = new TreeSet<>();
        open.forEach(s -> regions.add(s.getRegion()));
        decided.forEach(s -> regions.add(s.getRegion()));
        List<RegionFigures> figures = new ArrayList<>();
        for (String region : regions) {
            List<SubmissionEntity> waiting = open.stream().filter(s -> s.getRegion().equals(region)).toList();
            List<SubmissionEntity> done = decided.stream().filter(s -> s.getRegion().equals(region)).toList();
            List<Duration> waited = waiting.stream().map(s -> Duration.between(s.getSubmittedAt(), now)).sorted()
                    .toList();
            List<Duration> took = done.stream().map(s -> Duration.between(s.getSubmittedAt(), s.getDecidedAt()))
                    .sorted().toList();
            long returned = done.stream().filter(s -> s.getStatus() == SubmissionStatus.RETURNED).count();
            long overdue = waiting.stream().filter(s -> SubmissionViews.overdue(s, now)).count()
                    + done.stream().filter(s -> SubmissionViews.overdue(s, now)).count();
            long all = waiting.size() + done.size();
            figures.add(new RegionFigures(region, waiting.size(), percentile(waited, 50), percentile(waited, 90),
                    done.size(), percentile(took, 50), percentile(took, 90),
                    done.isEmpty() ? 0 : (double) returned / done.size(), all == 0 ? 0 : (double) overdue / all));
        }
        Map<String, Long> byModerator = decided.stream().collect(Collectors.groupingBy(SubmissionEntity::getDecidedBy,
                TreeMap::new, Collectors.counting()));
        List<ModeratorFigures> moderators = byModerator.entrySet().stream()
                .map(e -> new ModeratorFigures(e.getKey(), e.getValue(), (double) e.getValue() / period)).toList();
        return new Report(period, since, figures, moderators);
    }

    /** Nearest-rank percentile; null for no values. */
    static Duration percentile(List<Duration> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
