-- the partner's list of solutions is read a page at a time, newest first (HTML page and API): the index gives the
-- page in its order, without sorting every solution of the partner; it covers what ix_solution_partner served
CREATE INDEX IF NOT EXISTS ix_solution_partner_created ON solution (partner_id, created_at DESC, id DESC);
DROP INDEX IF EXISTS ix_solution_partner;
