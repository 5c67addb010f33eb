-- A revision that records the rows of an imported file says so: the history tells it as one line,
-- "import of facts.xlsx by erin, 9,812 rows", in the reader's language. Both are null for any other revision.
ALTER TABLE revinfo ADD COLUMN imported_file VARCHAR(255);
ALTER TABLE revinfo ADD COLUMN imported_rows INTEGER;
