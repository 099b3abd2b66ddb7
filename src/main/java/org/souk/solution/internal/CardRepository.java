package org.souk.solution.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CardRepository extends JpaRepository<CardEntity, Long> {

    @Query("select count(c) from CardEntity c join c.categories category where category = :code")
    long countWithCategory(String code);

    @Query("select count(c) from CardEntity c join c.tags tag where tag = :code")
    long countWithTag(String code);
}
