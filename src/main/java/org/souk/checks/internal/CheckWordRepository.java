package org.souk.checks.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckWordRepository extends JpaRepository<CheckWordEntity, Long> {

    List<CheckWordEntity> findAllByOrderByListAscLanguageAscWordAsc();

    /** In the order of the unique key (list, language, word): a page is read from its index. */
    Page<CheckWordEntity> findAllByOrderByListAscLanguageAscWordAsc(Pageable page);

    boolean existsByListAndLanguageAndWord(String list, String language, String word);
}
