-- catalog: the ratings of a listed solution (visible reviews only), carried into the index for "top rated" and the
-- sort by rating; written in the transaction that changed a review (catalog.internal.Ratings)
ALTER TABLE catalog_entry ADD COLUMN rating_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE catalog_entry ADD COLUMN rating_sum BIGINT NOT NULL DEFAULT 0;
