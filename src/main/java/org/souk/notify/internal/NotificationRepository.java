package org.souk.notify.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {

    Page<NotificationEntity> findByUserIdOrderByIdDesc(long userId, Pageable page);

    long countByUserIdAndReadAtIsNull(long userId);

    List<NotificationEntity> findByUserIdAndReadAtIsNull(long userId);
}
