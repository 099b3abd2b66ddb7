package org.souk.market.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CategoryGroupRepository extends JpaRepository<CategoryGroupEntity, String> {

    @Query("select coalesce(max(g.sortOrder), 0) from CategoryGroupEntity g")
    int maxSortOrder();
}
