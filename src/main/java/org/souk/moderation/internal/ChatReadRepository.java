package org.souk.moderation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChatReadRepository extends JpaRepository<ChatReadEntity, ChatReadEntity.Key> {

    List<ChatReadEntity> findByUserIdAndPartnerId(Long userId, Long partnerId);
}
