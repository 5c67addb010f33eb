-- Who published each methodology version; version 1 came with the application.
ALTER TABLE methodology_version ADD COLUMN published_by VARCHAR(100);
UPDATE methodology_version SET published_by = 'system' WHERE version = 1;
