-- moderation: which regions' queues a moderator works (managers assign; none assigned: every region)
CREATE TABLE moderator_region (
    user_id     BIGINT NOT NULL,
    region      VARCHAR(32) NOT NULL REFERENCES region (code),
    assigned_by VARCHAR(254) NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, region)
);

-- a submission per region of the solution: the review finds the other regions' submissions of its revision
CREATE INDEX IF NOT EXISTS ix_submission_revision ON moderation_submission (revision_id, id);

-- S-05: the pricing policies a region offers (comma-separated PricingPolicy names); a solution is added to a
-- region only where its pricing policy exists
ALTER TABLE region ADD COLUMN pricing_policies VARCHAR(200) NOT NULL
    DEFAULT 'FREE,EXTERNAL_SERVICE_PAID,ADDITIONAL_PAID_FUNCTIONALITY';
