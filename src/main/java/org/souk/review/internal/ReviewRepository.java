package org.souk.review.internal;

import java.util.List;
import java.util.Optional;

import org.souk.review.ReviewStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReviewRepository extends JpaRepository<ReviewEntity, Long> {

    Optional<ReviewEntity> findBySolutionCodeAndAuthorId(String solutionCode, long authorId);

    Page<ReviewEntity> findBySolutionCodeAndStatusOrderByCreatedAtDescIdDesc(String solutionCode, ReviewStatus status,
            Pageable page);

    Page<ReviewEntity> findBySolutionCodeAndStatusAndLanguageOrderByCreatedAtDescIdDesc(String solutionCode,
            ReviewStatus status, String language, Pageable page);

    /** Each rating with how many visible reviews give it: [rating, count]. */
    @Query("select r.rating, count(r) from ReviewEntity r where r.solutionCode = ?1 and r.status = ?2 group by r.rating")
    List<Object[]> ratings(String solutionCode, ReviewStatus status);

    /** The languages of the visible reviews with a text, with how many each: [language, count]. */
    @Query("select r.language, count(r) from ReviewEntity r where r.solutionCode = ?1 and r.status = ?2"
            + " and r.language is not null group by r.language order by count(r) desc")
    List<Object[]> languages(String solutionCode, ReviewStatus status);

    Page<ReviewEntity> findByPartnerIdAndStatusOrderByCreatedAtDescIdDesc(long partnerId, ReviewStatus status,
            Pageable page);

    Page<ReviewEntity> findByNeedsModerationTrueOrderByUpdatedAtAscIdAsc(Pageable page);

    Page<ReviewEntity> findByStatusOrderByModeratedAtDescIdDesc(ReviewStatus status, Pageable page);

    long countByNeedsModerationTrue();
}
