-- catalog: solutions whose index update failed after their change committed (the search cluster was down
-- or refused it). CatalogIndexQueue indexes them again until the index has them; a row is deleted only for
-- the failure it answered (token), so a newer failure of the same solution is never lost.
CREATE TABLE catalog_index_pending (
    code      VARCHAR(80) PRIMARY KEY,
    token     UUID NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
