package org.souk.review.internal;

import java.util.Optional;

import org.souk.review.ReviewStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<ReviewEntity, Long> {

    Optional<ReviewEntity> findBySolutionCodeAndAuthorId(String solutionCode, long authorId);

    Page<ReviewEntity> findByPartnerIdAndStatusOrderByCreatedAtDescIdDesc(long partnerId, ReviewStatus status,
            Pageable page);

    Page<ReviewEntity> findByNeedsModerationTrueOrderByUpdatedAtAscIdAsc(Pageable page);

    Page<ReviewEntity> findByStatusOrderByModeratedAtDescIdDesc(ReviewStatus status, Pageable page);

    long countByNeedsModerationTrue();
}
