package org.souk.identity.internal;

import java.util.Collection;
import java.util.Optional;

import org.souk.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserRepository extends JpaRepository<UserEntity, Long> {

    Optional<UserEntity> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByRolesContaining(Role role);

    long countByRolesContainingAndEnabledTrue(Role role);

    Page<UserEntity> findDistinctByRolesIn(Collection<Role> roles, Pageable pageable);
}
