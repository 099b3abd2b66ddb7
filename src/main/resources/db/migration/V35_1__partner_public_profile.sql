-- partner: what the partner's public page (/partners/{code}, GET /api/v1/partners/{code}) shows besides its name
-- and website: a short description and where customers get support
ALTER TABLE partner ADD COLUMN public_description VARCHAR(1000);
ALTER TABLE partner ADD COLUMN support_email VARCHAR(254);
ALTER TABLE partner ADD COLUMN support_url VARCHAR(500);
