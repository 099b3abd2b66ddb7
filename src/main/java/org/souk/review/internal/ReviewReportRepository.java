package org.souk.review.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewReportRepository extends JpaRepository<ReviewReportEntity, Long> {

    boolean existsByReviewIdAndReporterId(long reviewId, long reporterId);

    List<ReviewReportEntity> findByReviewIdAndResolvedAtIsNull(long reviewId);

    List<ReviewReportEntity> findByReviewIdInAndResolvedAtIsNull(List<Long> reviewIds);
}
