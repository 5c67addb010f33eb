-- One number that every change to companies, products or facts moves on, in the change's own
-- transaction. Caches of scores and rendered pages are keyed by it, so that no instance serves a page
-- drawn from data older than the data it can read.
CREATE TABLE data_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT  NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);
