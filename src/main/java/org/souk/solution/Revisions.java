package org.souk.solution;

import java.util.List;
import java.util.Optional;

import org.souk.audit.AuditLog;
import org.souk.solution.internal.Drafts;
import org.souk.solution.internal.RevisionEntity;
import org.souk.solution.internal.RevisionRepository;
import org.souk.solution.internal.SolutionEntity;
import org.souk.solution.internal.SolutionRepository;
import org.souk.solution.internal.VersionRepository;
import org.souk.web.Conflict;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revision model (architecture.md): a submission freezes the draft into an immutable revision and
 * makes the draft read-only (S-08); a return or a cancellation gives the draft back; an approval makes
 * the revision the published one and the version in it immutable (S-09). The moderation module drives
 * these; the catalog and installations read only {@link #published(String)} (U-05).
 */
@Service
public class Revisions {

    private final SolutionRepository solutions;
    private final RevisionRepository revisions;
    private final VersionRepository versions;
    private final Drafts drafts;
    private final AuditLog audit;
    private final Messages messages;

    Revisions(SolutionRepository solutions, RevisionRepository revisions, VersionRepository versions, Drafts drafts,
            AuditLog audit, Messages messages) {
        this.solutions = solutions;
        this.revisions = revisions;
        this.versions = versions;
        this.drafts = drafts;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional
    public Revision freeze(String code) {
        SolutionEntity solution = solution(code);
        if (solution.isSubmitted()) {
            throw new Conflict("S-08", messages.get("error.solution.onModeration"));
        }
        Draft draft = drafts.of(solution);
        RevisionEntity revision = revisions.save(new RevisionEntity(solution.getId(),
                (int) revisions.countBySolutionId(solution.getId()) + 1, draft.version().number(), drafts.write(draft),
                actor()));
        solution.freeze();
        audit.record("solution.frozen", "solution", code, "revision " + revision.getNumber());
        return toRevision(solution, revision);
    }

    /** The draft is editable again: returned by a moderator (status "returned") or cancelled. */
    @Transactional
    public void release(String code, boolean returned) {
        SolutionEntity solution = solution(code);
        solution.release(returned);
        audit.record(returned ? "solution.returned" : "solution.released", "solution", code, null);
    }

    @Transactional
    public Revision publish(long revisionId) {
        RevisionEntity revision = revisions.findById(revisionId)
                .orElseThrow(() -> new NotFound("revision " + revisionId));
        SolutionEntity solution = solutions.findById(revision.getSolutionId()).orElseThrow();
        versions.findBySolutionIdAndNumber(solution.getId(), revision.getVersionNumber()).orElseThrow()
                .markModerated();
        solution.publish(revision.getId());
        audit.record("solution.published", "solution", solution.getCode(), "revision " + revision.getNumber()
                + ", version " + revision.getVersionNumber());
        return toRevision(solution, revision);
    }

    @Transactional(readOnly = true)
    public Optional<Revision> published(String code) {
        SolutionEntity solution = solution(code);
        return Optional.ofNullable(solution.getPublishedRevisionId()).flatMap(revisions::findById)
                .map(revision -> toRevision(solution, revision));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Revision> all(String code) {
        SolutionEntity solution = solution(code);
        return revisions.findBySolutionIdOrderByNumberDesc(solution.getId()).stream()
                .map(revision -> toRevision(solution, revision)).toList();
    }

    private Revision toRevision(SolutionEntity solution, RevisionEntity revision) {
        return new Revision(revision.getId(), solution.getCode(), revision.getNumber(), revision.getVersionNumber(),
                drafts.read(revision.getSnapshot()), revision.getFrozenBy(), revision.getFrozenAt());
    }

    private SolutionEntity solution(String code) {
        return solutions.findByCode(code).orElseThrow(() -> new NotFound(messages.get("error.solution.unknown", code)));
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
