package org.souk.notify.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboundMailRepository extends JpaRepository<OutboundMailEntity, Long> {

    Page<OutboundMailEntity> findByRecipientContainingIgnoreCase(String recipient, Pageable pageable);
}
