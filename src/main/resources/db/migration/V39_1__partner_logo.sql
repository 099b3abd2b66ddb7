-- partner: the logo its owners upload (keys of the blob store): the image as uploaded, a thumbnail for the partner
-- page's 96 px slot (192 px box) and one for the 40 px slot beside the partner's name on solution pages (80 px box)
ALTER TABLE partner ADD COLUMN logo_key VARCHAR(64);
ALTER TABLE partner ADD COLUMN logo_thumb_key VARCHAR(64);
ALTER TABLE partner ADD COLUMN logo_small_key VARCHAR(64);
