package org.souk.audit.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEventEntity, Long> {

    List<AuditEventEntity> findBySubjectTypeAndSubjectIdOrderByIdDesc(String subjectType, String subjectId,
            Pageable pageable);
}
