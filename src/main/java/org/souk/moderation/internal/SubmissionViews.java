package org.souk.moderation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.souk.moderation.FieldComment;
import org.souk.moderation.QueueEntry;
import org.souk.moderation.SubmissionStatus;
import org.souk.moderation.SubmissionView;
import org.souk.solution.CardText;
import org.souk.solution.Draft;
import org.souk.web.WorkingDays;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turns submissions into what people see: the partner's view with its place in line, the queue's lines. */
@Component
public class SubmissionViews {

    public static final Set<SubmissionStatus> OPEN = Set.of(SubmissionStatus.QUEUED, SubmissionStatus.IN_REVIEW);
    private static final Set<SubmissionStatus> DECIDED = Set.of(SubmissionStatus.APPROVED, SubmissionStatus.RETURNED,
            SubmissionStatus.REFUSED);

    private final SubmissionRepository submissions;
    private final ModerationSettings settings;
    private final JsonMapper json;

    SubmissionViews(SubmissionRepository submissions, ModerationSettings settings, JsonMapper json) {
        this.submissions = submissions;
        this.settings = settings;
        this.json = json;
    }

    /** The title a queue shows: the first non-empty one of the card's languages. */
    public static String title(Draft draft) {
        return draft.card().texts().values().stream().map(CardText::title).filter(t -> t != null && !t.isBlank())
                .findFirst().orElse(draft.code());
    }

    public SubmissionView forPartner(SubmissionEntity s) {
        Instant now = Instant.now();
        Integer position = null;
        LocalDate expected = null;
        if (s.getStatus().open()) {
            position = (int) submissions.ahead(s.getRegion(), OPEN, s.getSubmittedAt(), s.getId()) + 1;
            expected = expected(s, position, now);
        }
        return new SubmissionView(s.getId(), s.getSolutionCode(), s.getTitle(), s.getPartnerCode(), s.getRegion(),
                s.getKind(), s.getStatus(), s.getVersionNumber(), s.getRevisionId(), s.getSubmittedAt(),
                s.getDueAt(), position, expected, s.claimed(now), s.getCancelRequestedAt(), s.getDecidedAt(),
                s.getComment(), fieldComments(s));
    }

    public QueueEntry forQueue(SubmissionEntity s, Instant now) {
        boolean claimed = s.claimed(now);
        return new QueueEntry(s.getId(), s.getSolutionCode(), s.getTitle(), s.getPartnerCode(), s.getRegion(),
                s.getKind(), claimed || !s.getStatus().open() ? s.getStatus() : SubmissionStatus.QUEUED,
                s.getSubmittedAt(), Duration.between(s.getSubmittedAt(), s.getDecidedAt() == null ? now
                        : s.getDecidedAt()),
                s.getDueAt(), overdue(s, now), claimed ? s.getClaimedBy() : null,
                claimed ? s.getClaimExpiresAt() : null, s.getWarnings(), s.isFirstOfPartner(),
                s.getCancelRequestedAt() != null && s.getStatus().open());
    }

    public static boolean overdue(SubmissionEntity s, Instant now) {
        Instant end = s.getDecidedAt() == null ? now : s.getDecidedAt();
        return end.isAfter(s.getDueAt());
    }

    public List<FieldComment> fieldComments(SubmissionEntity s) {
        return s.getFieldComments() == null ? List.of()
                : json.readValue(s.getFieldComments(), new TypeReference<List<FieldComment>>() {
                });
    }

    public String write(Object value) {
        return json.writeValueAsString(value);
    }

    /**
     * From the region's recent pace: decisions per working day over the window; at that pace the
     * submissions ahead are done after so many working days. Without recent decisions, the due date.
     */
    private LocalDate expected(SubmissionEntity s, int position, Instant now) {
        long decided = submissions.countByRegionAndStatusInAndDecidedAtAfter(s.getRegion(), DECIDED,
                now.minus(settings.throughputWindow()));
        double workingDays = settings.throughputWindow().toDays() * 5.0 / 7.0;
        LocalDate due = s.getDueAt().atZone(ZoneOffset.UTC).toLocalDate();
        if (decided == 0) {
            return due;
        }
        int days = (int) Math.ceil(position / (decided / workingDays)) - 1;
        return WorkingDays.after(now.atZone(ZoneOffset.UTC).toLocalDate(), Math.max(days, 0));
    }
}
