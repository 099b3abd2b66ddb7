-- The REST limit of an installation no longer lives in its row (one UPDATE per call): install.CallQuota keeps the
-- buckets in each node's memory or in Redis, and only adds the counts of calls and refusals every few seconds.
ALTER TABLE installation DROP COLUMN rest_tokens;
ALTER TABLE installation DROP COLUMN rest_refilled_at;
