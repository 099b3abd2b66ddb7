-- solution: what each saved change of a draft was (the card, the icon, a screenshot, a version …), so that
-- "Recent changes" tells them apart
ALTER TABLE solution_draft_change ADD COLUMN what VARCHAR(40);
