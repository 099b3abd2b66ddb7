package org.souk.market.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CategoryRepository extends JpaRepository<CategoryEntity, String> {

    List<CategoryEntity> findByGroupCode(String groupCode);

    boolean existsByGroupCode(String groupCode);

    @Query("select coalesce(max(c.sortOrder), 0) from CategoryEntity c where c.groupCode = ?1")
    int maxSortOrder(String groupCode);
}
