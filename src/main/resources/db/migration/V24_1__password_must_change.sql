-- identity: a generated first password must be replaced at the first sign-in
ALTER TABLE app_user ADD COLUMN password_must_change BOOLEAN NOT NULL DEFAULT FALSE;
