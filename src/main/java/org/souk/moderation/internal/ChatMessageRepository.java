package org.souk.moderation.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChatMessageRepository extends JpaRepository<ChatMessageEntity, Long> {

    /** Newest first: the page a thread shows, reversed by the caller. */
    List<ChatMessageEntity> findByPartnerIdAndRegionOrderByIdDesc(long partnerId, String region, Pageable page);

    long countByPartnerIdAndRegion(long partnerId, String region);

    long countByPartnerIdAndRegionAndFromModeratorAndIdGreaterThan(long partnerId, String region,
            boolean fromModerator, long afterId);

    long countByPartnerIdAndFromModeratorAndIdGreaterThan(long partnerId, boolean fromModerator, long afterId);

    /** One row per thread: partner, region, the last message's id. */
    @Query("""
            select m.partnerId, m.region, max(m.id) from ChatMessageEntity m group by m.partnerId, m.region
            order by max(m.id) desc""")
    List<Object[]> threads(Pageable page);

    @Query("select count(distinct concat(cast(m.partnerId as String), '/', m.region)) from ChatMessageEntity m")
    long countThreads();

    @Query("""
            select distinct m.authorId from ChatMessageEntity m
            where m.partnerId = :partnerId and m.region = :region and m.fromModerator = true""")
    List<Long> moderatorsOf(@Param("partnerId") long partnerId, @Param("region") String region);

    @Query("select distinct m.region from ChatMessageEntity m where m.partnerId = :partnerId")
    List<String> regionsOf(@Param("partnerId") long partnerId);
}
