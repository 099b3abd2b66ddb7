package org.souk.partner.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AcceptanceRepository extends JpaRepository<AcceptanceRecord, Long> {

    Optional<AcceptanceRecord> findFirstByPartnerIdAndRegionCodeOrderByIdDesc(Long partnerId, String regionCode);

    List<AcceptanceRecord> findByPartnerIdOrderByIdDesc(Long partnerId);
}
