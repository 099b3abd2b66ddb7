package org.souk.checks.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckSettingRepository extends JpaRepository<CheckSettingEntity, String> {
}
