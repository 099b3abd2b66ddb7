-- analytics (issue 15): the partner's numbers, kept as daily rows that a job rolls up from what Souk stores anyway
-- (installations, the audit log's updates, reviews, the REST call log) and from the page views and install clicks
-- that each node counts in memory and adds here in batches.

-- page views of /apps/{code} and clicks on its Install button, per day, solution and visitor language (no cookie,
-- no address: a count); written additively by every node (analytics.internal.Hits), read by the roll-up
CREATE TABLE analytics_hit (
    on_day        DATE NOT NULL,
    solution_code VARCHAR(80) NOT NULL,
    language      VARCHAR(8) NOT NULL,
    kind          VARCHAR(8) NOT NULL,
    hits          BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (on_day, solution_code, language, kind),
    CONSTRAINT ck_analytics_hit_kind CHECK (kind IN ('VIEW', 'CLICK'))
);

-- one row per day, solution, region and audience (customers, or the partners' test accounts); a day without any
-- figure has no row. Rewritten whole by each roll-up of its day (analytics.internal.RollUp).
CREATE TABLE analytics_day (
    solution_code VARCHAR(80) NOT NULL,
    on_day        DATE NOT NULL,
    region        VARCHAR(32) NOT NULL,
    test          BOOLEAN NOT NULL,
    installs      BIGINT NOT NULL DEFAULT 0,
    uninstalls    BIGINT NOT NULL DEFAULT 0,
    active        BIGINT NOT NULL DEFAULT 0,
    updates       BIGINT NOT NULL DEFAULT 0,
    views         BIGINT NOT NULL DEFAULT 0,
    clicks        BIGINT NOT NULL DEFAULT 0,
    ratings       BIGINT NOT NULL DEFAULT 0,
    rest_calls    BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (solution_code, on_day, region, test)
);
CREATE INDEX ix_analytics_day_day ON analytics_day (on_day);

-- the same figures summed over every solution: the managers' totals, written by the same roll-up
CREATE TABLE analytics_market_day (
    on_day     DATE NOT NULL,
    region     VARCHAR(32) NOT NULL,
    test       BOOLEAN NOT NULL,
    installs   BIGINT NOT NULL DEFAULT 0,
    uninstalls BIGINT NOT NULL DEFAULT 0,
    active     BIGINT NOT NULL DEFAULT 0,
    updates    BIGINT NOT NULL DEFAULT 0,
    views      BIGINT NOT NULL DEFAULT 0,
    clicks     BIGINT NOT NULL DEFAULT 0,
    ratings    BIGINT NOT NULL DEFAULT 0,
    rest_calls BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (on_day, region, test)
);

-- when each day was last rolled up: a day rolled up after it ended is final, one not yet is rolled up again
CREATE TABLE analytics_rollup (
    on_day    DATE PRIMARY KEY,
    rolled_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- what the roll-up reads one day at a time (the install module's and the audit log's tables had no index by time)
CREATE INDEX IF NOT EXISTS ix_installation_installed_at ON installation (installed_at);
CREATE INDEX IF NOT EXISTS ix_installation_uninstalled_at ON installation (uninstalled_at);
CREATE INDEX IF NOT EXISTS ix_audit_action_time ON audit_event (action, occurred_at);
CREATE INDEX IF NOT EXISTS ix_review_created ON review (created_at);

-- catalog: "Popular" (active installations over the last 30 days) and "Trending" (their growth), from the roll-up
ALTER TABLE catalog_entry ADD COLUMN popularity BIGINT NOT NULL DEFAULT 0;
ALTER TABLE catalog_entry ADD COLUMN trend DOUBLE PRECISION NOT NULL DEFAULT 0;
