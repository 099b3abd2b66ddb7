package org.souk.catalog.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hibernate.search.util.common.SearchException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The operators' handle on the search index: its state, and a rebuild from the catalog table (docs/deploy.md). */
@RestController
@RequestMapping("/api/v1/admin/catalog/index")
@Tag(name = "Administration")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CatalogIndexApi {

    private final CatalogIndex index;
    private final CatalogIndexQueue queue;
    private final CatalogSearch search;

    CatalogIndexApi(CatalogIndex index, CatalogIndexQueue queue, CatalogSearch search) {
        this.index = index;
        this.queue = queue;
        this.search = search;
    }

    /** indexed: null while the search cluster is unreachable. */
    record State(Long indexed, long waiting) {
    }

    record Rebuilt(long solutions, long tookMillis) {
    }

    @GetMapping
    @Operation(summary = "Solutions in the search index, and those waiting to be indexed again after a failure")
    State state() {
        Long indexed;
        try {
            indexed = search.count();
        } catch (SearchException e) {
            indexed = null;
        }
        return new State(indexed, queue.size());
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild the search index from the catalog (every listed solution)",
            description = "Answers when done: about half a minute per 100 000 solutions. 503 while the search "
                    + "cluster is unreachable.")
    Rebuilt rebuild() {
        try {
            CatalogIndex.Rebuilt rebuilt = index.rebuild();
            return new Rebuilt(rebuilt.solutions(), rebuilt.took().toMillis());
        } catch (SearchException e) {
            throw unavailable(e);
        }
    }

    private static ResponseStatusException unavailable(SearchException e) {
        return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The search index is unreachable", e);
    }
}
