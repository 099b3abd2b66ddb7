package org.souk.catalog.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogEntryRepository extends JpaRepository<CatalogEntry, String> {

    /** Every listed code with when it last changed, for the sitemap, in a stable order. */
    @Query("select new org.souk.catalog.internal.CatalogEntryRepository$Listed(e.code, e.updatedAt) "
            + "from CatalogEntry e order by e.code")
    List<Listed> listed();

    record Listed(String code, Instant updatedAt) {
    }
}
