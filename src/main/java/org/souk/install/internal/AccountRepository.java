package org.souk.install.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<AccountEntity, Long> {

    Optional<AccountEntity> findByDomain(String domain);

    boolean existsByDomain(String domain);

    long countByTestPartnerId(long partnerId);

    List<AccountEntity> findByTestPartnerIdOrderByCreatedAtDesc(long partnerId);

    List<AccountEntity> findByIdInOrderByDomain(List<Long> ids);
}
