-- The install test drives the app in a headless browser (F-11, F-13, V-06): what it found (JSON, read whole)
-- and the screenshot of the app in its frame (a blob key of the storage module).
ALTER TABLE install_test_report ADD COLUMN browser TEXT;
ALTER TABLE install_test_report ADD COLUMN screenshot_key VARCHAR(64);
ALTER TABLE install_test_report ADD COLUMN revision_id BIGINT;
