-- catalog: the storefront's own read model (issue 6). Written only from publication events (U-01 … U-05):
-- a row exists while the solution is listed; nothing of a draft and never the test data (C-24).
CREATE TABLE catalog_entry (
    code               VARCHAR(80) PRIMARY KEY,
    partner_id         BIGINT NOT NULL,
    partner_code       VARCHAR(32) NOT NULL,
    -- JSON of what the pages, the API and the index show (CatalogSnapshot)
    snapshot           TEXT NOT NULL,
    first_published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    installs           BIGINT NOT NULL DEFAULT 0,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX catalog_entry_partner ON catalog_entry (partner_code);

-- "What's new" of every version that was published, kept as each publication arrives (the published
-- revision holds only its own version card); a version that was only submitted never gets here
CREATE TABLE catalog_version_note (
    code           VARCHAR(80) NOT NULL,
    version_number INT NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- JSON: language -> text
    whats_new      TEXT NOT NULL,
    PRIMARY KEY (code, version_number)
);

-- installations per solution from the install module's events (test accounts left out); kept while a
-- solution is hidden or removed so that its count survives a return to the catalog
CREATE TABLE catalog_install_count (
    code     VARCHAR(80) PRIMARY KEY,
    installs BIGINT NOT NULL DEFAULT 0 CHECK (installs >= 0)
);
