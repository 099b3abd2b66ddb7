package org.souk.moderation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.souk.moderation.SubmissionStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubmissionRepository extends JpaRepository<SubmissionEntity, Long> {

    /** Oldest first (M-03). */
    Page<SubmissionEntity> findByRegionAndStatusInOrderBySubmittedAtAscIdAsc(String region,
            Collection<SubmissionStatus> open, Pageable page);

    Page<SubmissionEntity> findByStatusInOrderBySubmittedAtAscIdAsc(Collection<SubmissionStatus> open, Pageable page);

    @Query("""
            select count(s) from SubmissionEntity s where s.status in :open and s.region = :region
            and (s.submittedAt < :at or (s.submittedAt = :at and s.id < :id))""")
    long ahead(@Param("region") String region, @Param("open") Collection<SubmissionStatus> open,
            @Param("at") Instant at, @Param("id") long id);

    /**
     * The claim, as one conditional update: of two moderators claiming at once, the database lets exactly
     * one through. A claim that ran out, or the claimer's own, may be taken again.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update SubmissionEntity s set s.status = org.souk.moderation.SubmissionStatus.IN_REVIEW,
            s.claimedBy = :moderator, s.claimedAt = :now, s.claimExpiresAt = :until, s.version = s.version + 1
            where s.id = :id and (s.status = org.souk.moderation.SubmissionStatus.QUEUED
              or (s.status = org.souk.moderation.SubmissionStatus.IN_REVIEW
                  and (s.claimExpiresAt < :now or s.claimedBy = :moderator)))""")
    int claim(@Param("id") long id, @Param("moderator") String moderator, @Param("now") Instant now,
            @Param("until") Instant until);

    Optional<SubmissionEntity> findFirstBySolutionCodeAndStatusIn(String solutionCode,
            Collection<SubmissionStatus> statuses);

    Page<SubmissionEntity> findBySolutionCodeOrderByIdDesc(String solutionCode, Pageable page);

    List<SubmissionEntity> findBySolutionCodeAndStatusInOrderByIdAsc(String solutionCode,
            Collection<SubmissionStatus> statuses);

    /** The submissions of one frozen revision: one per region of the solution. */
    List<SubmissionEntity> findByRevisionIdOrderByIdAsc(long revisionId);

    /** Oldest first (M-03), in the moderator's regions. */
    Page<SubmissionEntity> findByRegionInAndStatusInOrderBySubmittedAtAscIdAsc(Collection<String> regions,
            Collection<SubmissionStatus> open, Pageable page);

    Optional<SubmissionEntity> findFirstBySolutionCodeOrderByIdDesc(String solutionCode);

    List<SubmissionEntity> findByPartnerIdOrderByIdDesc(long partnerId);

    boolean existsByPartnerId(long partnerId);

    List<SubmissionEntity> findByDecidedAtAfter(Instant since);

    List<SubmissionEntity> findByStatusIn(Collection<SubmissionStatus> statuses);

    long countByRegionAndStatusInAndDecidedAtAfter(String region, Collection<SubmissionStatus> statuses,
            Instant since);
}
