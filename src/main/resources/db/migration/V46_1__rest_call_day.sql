-- F-09/F-10: the REST calls of each installation per UTC day, added by each node's usage flush (every 10 s). The
-- analytics' roll-up reads these rows (one per installation and day) instead of counting the call log, which holds
-- every call: counting a busy day's log every five minutes took the database from the apps' calls (TokenBench).
-- Kept as long as the call log; older days keep the figures they were rolled up with.
CREATE TABLE rest_call_day (
    installation_id BIGINT NOT NULL,
    on_day          DATE NOT NULL,
    calls           BIGINT NOT NULL,
    PRIMARY KEY (installation_id, on_day)
);
CREATE INDEX IF NOT EXISTS ix_rest_call_day_on_day ON rest_call_day (on_day);
-- the calls logged before this table existed (the log keeps the last days only); the day is UTC's on PostgreSQL,
-- the JVM's on H2 (the same on a machine that runs in UTC)
INSERT INTO rest_call_day (installation_id, on_day, calls)
SELECT installation_id, CAST(called_at AT TIME ZONE 'UTC' AS DATE), COUNT(*) FROM rest_call_log
GROUP BY installation_id, CAST(called_at AT TIME ZONE 'UTC' AS DATE);
