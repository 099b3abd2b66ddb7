package org.souk.partner.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesTermsRepository extends JpaRepository<SalesTermsRecord, SalesTermsRecord.Key> {

    List<SalesTermsRecord> findByPartnerId(Long partnerId);
}
