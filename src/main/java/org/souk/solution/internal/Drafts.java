package org.souk.solution.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.souk.identity.SoukUser;
import org.souk.solution.Card;
import org.souk.solution.Draft;
import org.souk.solution.Screenshot;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The draft of a solution (card + latest version) and its history: each saved change is kept as a
 * snapshot, so that any two states can later be compared field by field.
 */
@Component
public class Drafts {

    private final CardRepository cards;
    private final ScreenshotRepository screenshots;
    private final VersionRepository versions;
    private final DraftChangeRepository changes;
    private final JsonMapper json;

    Drafts(CardRepository cards, ScreenshotRepository screenshots, VersionRepository versions,
            DraftChangeRepository changes, JsonMapper json) {
        this.cards = cards;
        this.screenshots = screenshots;
        this.versions = versions;
        this.changes = changes;
        this.json = json;
    }

    /** One saved change: who made it, when, and what it was ({@code solution.changes.what.*}). */
    public record Change(long id, String changedBy, java.time.Instant changedAt, String what) {
    }

    public Card card(SolutionEntity solution) {
        return cards.findById(solution.getId()).orElseThrow().toCard(screenshots
                .findBySolutionIdOrderByPositionAscIdAsc(solution.getId()).stream()
                .map(ScreenshotEntity::toScreenshot).toList());
    }

    public Draft of(SolutionEntity solution) {
        return of(List.of(solution)).get(solution.getId());
    }

    /**
     * The drafts of a page of solutions, by solution id: a statement for the cards, the screenshots and the latest
     * versions of them all (and one for each collection of those, {@code @BatchSize}), not eight a solution.
     */
    public Map<Long, Draft> of(List<SolutionEntity> solutions) {
        if (solutions.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = solutions.stream().map(SolutionEntity::getId).toList();
        Map<Long, CardEntity> cardOf = cards.findAllById(ids).stream()
                .collect(Collectors.toMap(CardEntity::getSolutionId, card -> card));
        Map<Long, List<Screenshot>> screenshotsOf = screenshots.findBySolutionIdInOrderByPositionAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(ScreenshotEntity::getSolutionId,
                        Collectors.mapping(ScreenshotEntity::toScreenshot, Collectors.toList())));
        Map<Long, VersionEntity> latestOf = versions.findLatestOf(ids).stream()
                .collect(Collectors.toMap(VersionEntity::getSolutionId, version -> version));
        Map<Long, Draft> drafts = new HashMap<>();
        for (SolutionEntity solution : solutions) {
            Long id = solution.getId();
            drafts.put(id, new Draft(solution.getCode(), solution.getTechnologyType(), solution.regionCodes(),
                    cardOf.get(id).toCard(screenshotsOf.getOrDefault(id, List.of())), latestOf.get(id).toCard()));
        }
        return drafts;
    }

    /**
     * Records the draft as it is now, after a change by {@code user} in the same transaction, and what the
     * change was; a save that changed nothing is not a change (the history would repeat itself).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Draft changed(SolutionEntity solution, SoukUser user, String what) {
        cards.flush();
        Draft draft = of(solution);
        String snapshot = json.writeValueAsString(draft);
        boolean same = changes.findFirstBySolutionIdOrderByIdDesc(solution.getId())
                .filter(last -> last.getSnapshot().equals(snapshot)).isPresent();
        if (!same) {
            solution.draftChanged();
            changes.save(new DraftChangeEntity(solution.getId(), snapshot, user.email(), what));
        }
        return draft;
    }

    /** One saved state of the solution's draft; a change of another solution is unknown here. */
    public Draft change(SolutionEntity solution, long changeId) {
        return changes.findById(changeId).filter(c -> c.getSolutionId().equals(solution.getId()))
                .map(c -> read(c.getSnapshot()))
                .orElseThrow(() -> new org.souk.web.NotFound("No change " + changeId + " of " + solution.getCode()));
    }

    public Draft read(String snapshot) {
        return json.readValue(snapshot, Draft.class);
    }

    public String write(Draft draft) {
        return json.writeValueAsString(draft);
    }

    public List<Change> history(SolutionEntity solution, int limit) {
        return changes.findBySolutionIdOrderByIdDesc(solution.getId(), PageRequest.ofSize(limit)).stream()
                .map(c -> new Change(c.getId(), c.getChangedBy(), c.getChangedAt(),
                        c.getWhat() == null ? "saved" : c.getWhat())).toList();
    }
}
