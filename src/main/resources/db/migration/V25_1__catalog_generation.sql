-- catalog: one counter the storefront's caches are keyed by (CatalogGeneration). Every change of the catalog
-- (publication, hiding, removal, install counts) bumps generation in its own transaction, so every node sees
-- it on its next request; indexed follows once the search index has taken the change: a page rendered while
-- indexed < generation may show the old index and is not kept.
CREATE TABLE catalog_generation (
    id         INT PRIMARY KEY,
    generation BIGINT NOT NULL,
    indexed    BIGINT NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO catalog_generation (id, generation, indexed) VALUES (1, 0, 0);
