-- publication state the catalog reads (U-01, U-02, U-04, M-06)
ALTER TABLE solution ADD COLUMN IF NOT EXISTS first_published_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE solution ADD COLUMN IF NOT EXISTS published_at TIMESTAMP WITH TIME ZONE;
-- labels the moderator's checklist earned the published revision, comma-separated (U-04: 'recommended')
ALTER TABLE solution ADD COLUMN IF NOT EXISTS published_labels VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE solution ADD COLUMN IF NOT EXISTS removed_reason VARCHAR(2000);
ALTER TABLE solution ADD COLUMN IF NOT EXISTS removed_at TIMESTAMP WITH TIME ZONE;
