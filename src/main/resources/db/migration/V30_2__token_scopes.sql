-- Personal access tokens limited in scope (issue 16): read_only refuses every call but GET and HEAD; solution_code
-- limits the token to that one solution's paths. NULL/FALSE: as before, everything its user may do.
ALTER TABLE api_token ADD COLUMN read_only BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE api_token ADD COLUMN solution_code VARCHAR(100);
