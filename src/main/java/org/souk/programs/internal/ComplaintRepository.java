package org.souk.programs.internal;

import java.time.Instant;
import java.util.List;

import org.souk.programs.ComplaintStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintRepository extends JpaRepository<ComplaintEntity, Long> {

    Page<ComplaintEntity> findByStatusOrderByCreatedAtAscIdAsc(ComplaintStatus status, Pageable pageable);

    Page<ComplaintEntity> findByRegionAndStatusOrderByCreatedAtAscIdAsc(String region, ComplaintStatus status,
            Pageable pageable);

    List<ComplaintEntity> findBySolutionCodeAndStatus(String solutionCode, ComplaintStatus status);

    /** Anonymous complaints from one address since a time: the rate limit's count, the same on every node. */
    long countByClientAddressAndAuthorUserIdIsNullAndCreatedAtAfter(String clientAddress, Instant after);

    /** Partners with at least {@code min} complaints of the status, most first: [partnerId, partnerCode, count]. */
    @Query("select c.partnerId, c.partnerCode, count(c) from ComplaintEntity c where c.status = :status "
            + "group by c.partnerId, c.partnerCode having count(c) >= :min order by count(c) desc, c.partnerCode")
    Page<Object[]> partnersWith(ComplaintStatus status, long min, Pageable pageable);
}
