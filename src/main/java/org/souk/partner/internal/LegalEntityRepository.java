package org.souk.partner.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LegalEntityRepository extends JpaRepository<LegalEntityRecord, Long> {

    Optional<LegalEntityRecord> findByPartnerIdAndActiveTrue(Long partnerId);

    List<LegalEntityRecord> findByPartnerIdOrderByIdDesc(Long partnerId);
}
