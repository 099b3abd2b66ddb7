-- the long lists of the pages are read a page at a time in the order they show; each index gives a page in that
-- order without sorting every row of the owner first. The narrower indexes stay: H2 serves the foreign keys with
-- them (dropping ix_api_token_user fails there).

-- a partner's solutions, newest first (the developer's list and GET /api/v1/solutions)
CREATE INDEX IF NOT EXISTS ix_solution_partner_created ON solution (partner_id, created_at DESC, id DESC);

-- a user's API tokens, newest first (the "API tokens" page)
CREATE INDEX IF NOT EXISTS ix_api_token_user_id ON api_token (user_id, id);

-- an account's installed apps, the latest installed first (the customer's account page)
CREATE INDEX IF NOT EXISTS ix_installation_account_installed ON installation (account_id, installed_at DESC, id DESC);
