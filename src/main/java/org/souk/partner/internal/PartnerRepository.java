package org.souk.partner.internal;

import java.time.Instant;
import java.util.Optional;

import org.souk.partner.PartnerStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<PartnerEntity, Long> {

    Optional<PartnerEntity> findByCode(String code);

    boolean existsByCode(String code);

    /** Managers' list: pending applications first, oldest first within each status. */
    @Query("""
            select p from PartnerEntity p
            where (:status is null or p.status = :status)
              and (:q is null or lower(p.code) like :q or lower(p.companyName) like :q)
            order by case when p.status = org.souk.partner.PartnerStatus.PENDING then 0 else 1 end, p.createdAt, p.id
            """)
    Page<PartnerEntity> review(PartnerStatus status, String q, Pageable pageable);

    /**
     * Freezes the code unless it is frozen already: one conditional update, so that solutions added at once each
     * see it done exactly once (the version moves on, so that a rename read before it fails). 1 if this call froze it.
     */
    @Modifying(flushAutomatically = true)
    @Query("update PartnerEntity p set p.codeFrozenAt = :at, p.version = p.version + 1 where p.id = :id and p.codeFrozenAt is null")
    int freezeCode(long id, Instant at);
}
