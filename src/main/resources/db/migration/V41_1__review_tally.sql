-- review at scale (issue 15's performance): a solution page with 100 000 reviews reads its ratings, languages and
-- counts from a few rows, and its page of reviews from an index.
--
-- How many visible reviews each solution has per stars and language ('' for a rating without a text), kept by
-- the transaction that writes, hides or restores a review (review.internal.ReviewTally): the distribution, the
-- languages with their counts and the pager's total without counting the reviews themselves.
CREATE TABLE review_tally (
    solution_code VARCHAR(80) NOT NULL,
    rating        INT NOT NULL,
    language      VARCHAR(8) NOT NULL,
    reviews       BIGINT NOT NULL,
    CONSTRAINT pk_review_tally PRIMARY KEY (solution_code, rating, language)
);
INSERT INTO review_tally (solution_code, rating, language, reviews)
SELECT solution_code, rating, COALESCE(language, ''), COUNT(*) FROM review WHERE status = 'VISIBLE'
GROUP BY solution_code, rating, COALESCE(language, '');

-- a page of reviews, newest first, in all languages or one: the ids straight from these indexes (an index-only
-- scan on PostgreSQL), then the rows of the page by id
DROP INDEX ix_review_solution;
CREATE INDEX ix_review_page ON review (solution_code, status, created_at DESC, id DESC);
CREATE INDEX ix_review_page_language ON review (solution_code, status, language, created_at DESC, id DESC);
