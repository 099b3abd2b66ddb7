package org.souk.catalog.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VersionNoteRepository extends JpaRepository<VersionNote, VersionNote.Key> {

    List<VersionNote> findByCodeOrderByVersionNumberDesc(String code);
}
