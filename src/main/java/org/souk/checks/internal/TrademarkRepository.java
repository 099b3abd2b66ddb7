package org.souk.checks.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TrademarkRepository extends JpaRepository<TrademarkEntity, Long> {

    List<TrademarkEntity> findAllByOrderByNameAsc();
}
