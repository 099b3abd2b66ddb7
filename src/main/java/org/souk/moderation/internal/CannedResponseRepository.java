package org.souk.moderation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CannedResponseRepository extends JpaRepository<CannedResponseEntity, Long> {

    List<CannedResponseEntity> findAllByOrderByRuleAscTitleAsc();
}
