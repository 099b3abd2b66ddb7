package org.souk.moderation.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ModeratorRegionRepository extends JpaRepository<ModeratorRegionEntity, ModeratorRegionEntity.Key> {

    List<ModeratorRegionEntity> findByUserIdOrderByRegion(long userId);

    List<ModeratorRegionEntity> findByUserIdIn(Collection<Long> userIds);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ModeratorRegionEntity r where r.userId = :userId")
    int deleteByUser(@Param("userId") long userId);
}
