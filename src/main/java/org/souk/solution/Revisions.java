package org.souk.solution;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

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
import org.souk.web.PageResponse;
import org.springframework.context.ApplicationEventPublisher;
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

    /** The most revisions one page holds: each is a whole card with its texts in every language. */
    private static final int MOST_A_PAGE = 50;

    private final SolutionRepository solutions;
    private final RevisionRepository revisions;
    private final VersionRepository versions;
    private final Drafts drafts;
    private final AuditLog audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final PublicationEvents publication;

    Revisions(SolutionRepository solutions, RevisionRepository revisions, VersionRepository versions, Drafts drafts,
            AuditLog audit, Messages messages, ApplicationEventPublisher events, PublicationEvents publication) {
        this.events = events;
        this.publication = publication;
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
        events.publishEvent(new RevisionFrozen(code, revision.getId(), draft.version().number(), actor()));
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
        return publish(revisionId, List.of());
    }

    /**
     * The revision becomes the published one, with the labels its moderation earned (U-04); the catalog
     * hears of it in the same transaction.
     */
    @Transactional
    public Revision publish(long revisionId, Collection<String> labels) {
        RevisionEntity revision = revisions.findById(revisionId)
                .orElseThrow(() -> new NotFound("revision " + revisionId));
        SolutionEntity solution = solutions.findById(revision.getSolutionId()).orElseThrow();
        versions.findBySolutionIdAndNumber(solution.getId(), revision.getVersionNumber()).orElseThrow()
                .markModerated();
        solution.publish(revision.getId(), labels);
        audit.record("solution.published", "solution", solution.getCode(), "revision " + revision.getNumber()
                + ", version " + revision.getVersionNumber());
        events.publishEvent(new PublicationChanged(solution.getCode()));
        publication.tell(solution, PublicationEvents.PUBLISHED, revision.getVersionNumber(), null);
        return toRevision(solution, revision);
    }

    /** M-06: a moderator takes a published solution out of the catalog, with a reason the partner sees. */
    @Transactional
    public void remove(String code, String reason) {
        SolutionEntity solution = solution(code);
        if (solution.getPublishedRevisionId() == null) {
            throw new Conflict("M-06", messages.get("error.solution.removeUnpublished"));
        }
        if (solution.isRemoved()) {
            throw new Conflict("M-06", messages.get("error.solution.alreadyRemoved"));
        }
        solution.remove(reason);
        audit.record("solution.removed", "solution", code, reason);
        events.publishEvent(new PublicationChanged(solution.getCode()));
        publication.tell(solution, PublicationEvents.REMOVED, null, reason);
    }

    @Transactional
    public void reinstate(String code) {
        SolutionEntity solution = solution(code);
        if (!solution.isRemoved()) {
            throw new Conflict("M-06", messages.get("error.solution.notRemoved"));
        }
        solution.reinstate();
        audit.record("solution.reinstated", "solution", code, null);
        events.publishEvent(new PublicationChanged(solution.getCode()));
        publication.tell(solution, PublicationEvents.REINSTATED, null, null);
    }

    /** What the catalog may show of a solution now; empty when it is not (or no longer) listed. */
    @Transactional(readOnly = true)
    public Optional<Listing> listing(String code) {
        return solutions.findByCode(code).filter(SolutionEntity::listed).map(this::toListing);
    }

    /**
     * The titles of those of the solutions that are listed, in the language (else English, else the card's first),
     * by code: what a customer's list of apps shows. Two queries for the whole list.
     */
    @Transactional(readOnly = true)
    public Map<String, String> listedTitles(Collection<String> codes, String language) {
        return titles(codes, language, SolutionEntity::listed);
    }

    /**
     * The titles of those of the solutions that have a published revision, listed or not (a removed one too), by
     * code: what the moderators' lists show. Two queries for the whole list.
     */
    @Transactional(readOnly = true)
    public Map<String, String> publishedTitles(Collection<String> codes, String language) {
        return titles(codes, language, solution -> solution.getPublishedRevisionId() != null);
    }

    private Map<String, String> titles(Collection<String> codes, String language, Predicate<SolutionEntity> shown) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<SolutionEntity> found = solutions.findByCodeIn(Set.copyOf(codes)).stream().filter(shown).toList();
        Map<Long, RevisionEntity> published = new HashMap<>();
        revisions.findAllById(found.stream().map(SolutionEntity::getPublishedRevisionId).toList())
                .forEach(revision -> published.put(revision.getId(), revision));
        Map<String, String> titles = new HashMap<>();
        for (SolutionEntity solution : found) {
            RevisionEntity revision = published.get(solution.getPublishedRevisionId());
            String title = revision == null ? null : drafts.read(revision.getSnapshot()).card().title(language);
            if (title != null) {
                titles.put(solution.getCode(), title);
            }
        }
        return titles;
    }

    /** The codes of every listed solution, for rebuilding a catalog from scratch. */
    @Transactional(readOnly = true)
    public List<String> listedCodes() {
        return solutions.findAll().stream().filter(SolutionEntity::listed).map(SolutionEntity::getCode).toList();
    }

    /** A partner's listed solutions with their technology type, by code, sorted: one query. */
    @Transactional(readOnly = true)
    public SortedMap<String, TechnologyType> listedOf(long partnerId) {
        SortedMap<String, TechnologyType> listed = new TreeMap<>();
        solutions.findByPartnerIdOrderByCreatedAtDesc(partnerId).stream().filter(SolutionEntity::listed)
                .forEach(solution -> listed.put(solution.getCode(), solution.getTechnologyType()));
        return listed;
    }

    /** Every partner's listed solutions by partner id, for jobs that look at all of them: one query. */
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> listedByPartner() {
        Map<Long, Set<String>> all = new HashMap<>();
        solutions.findAll().stream().filter(SolutionEntity::listed).forEach(solution -> all
                .computeIfAbsent(solution.getPartnerId(), id -> new TreeSet<>()).add(solution.getCode()));
        return all;
    }

    /** The partner a solution belongs to, and where it stands: for the moderators' and the catalog's pages. */
    @Transactional(readOnly = true)
    public Owner owner(String code) {
        SolutionEntity solution = solution(code);
        return new Owner(solution.getCode(), solution.getPartnerId(), solution.regionCodes(), solution.status(),
                solution.getPublishedRevisionId(), solution.isRemoved() ? solution.getRemovedReason() : null);
    }

    /** Who owns a solution and its state; {@code regions} in the order they were added, the first is its home. */
    public record Owner(String code, long partnerId, List<String> regions, SolutionStatus status,
            Long publishedRevisionId, String removedReason) {
    }

    private Listing toListing(SolutionEntity solution) {
        RevisionEntity revision = revisions.findById(solution.getPublishedRevisionId()).orElseThrow();
        return new Listing(solution.getCode(), solution.getPartnerId(), solution.getTechnologyType(),
                toRevision(solution, revision), solution.getFirstPublishedAt(), solution.getPublishedAt(),
                solution.publishedLabels());
    }

    @Transactional(readOnly = true)
    public Revision revision(long revisionId) {
        RevisionEntity revision = revisions.findById(revisionId)
                .orElseThrow(() -> new NotFound("revision " + revisionId));
        return toRevision(solutions.findById(revision.getSolutionId()).orElseThrow(), revision);
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

    /** A page of them, newest first, read by the database: each holds a whole card, and a solution gathers many. */
    @Transactional(readOnly = true)
    public PageResponse<Revision> page(String code, int page, int size) {
        SolutionEntity solution = solution(code);
        return PageResponse.read(page, size, MOST_A_PAGE,
                request -> revisions.findBySolutionIdOrderByNumberDesc(solution.getId(), request),
                revision -> toRevision(solution, revision));
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
