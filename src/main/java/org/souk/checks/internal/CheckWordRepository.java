package org.souk.checks.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckWordRepository extends JpaRepository<CheckWordEntity, Long> {

    List<CheckWordEntity> findAllByOrderByListAscLanguageAscWordAsc();

    boolean existsByListAndLanguageAndWord(String list, String language, String word);
}
