package org.souk.partner.internal;

import java.util.List;
import java.util.Optional;

import org.souk.partner.MemberRole;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<MemberEntity, MemberEntity.Key> {

    Optional<MemberEntity> findByUserId(Long userId);

    List<MemberEntity> findByPartnerIdOrderByAddedAt(Long partnerId);

    long countByPartnerIdAndRole(Long partnerId, MemberRole role);
}
