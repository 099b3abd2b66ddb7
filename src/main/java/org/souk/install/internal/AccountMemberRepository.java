package org.souk.install.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountMemberRepository extends JpaRepository<AccountMemberEntity, Long> {

    List<AccountMemberEntity> findByUserId(long userId);

    Optional<AccountMemberEntity> findByAccountIdAndUserId(long accountId, long userId);
}
