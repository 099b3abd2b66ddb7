package org.souk.install.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InstallationUpdateRepository extends JpaRepository<InstallationUpdateEntity, Long> {
}
