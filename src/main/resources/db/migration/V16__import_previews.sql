-- Previews of an import waiting for the editor's commit. They live in the database, not in one server's memory,
-- because the site runs as several instances behind a proxy: the commit may reach another instance than the
-- preview did. The uploaded file is kept as sent and read again on commit; the digest is of what the preview
-- showed (each row's outcome), so that the commit records only what the editor saw. Taken once (deleted),
-- and of no use after an hour.
CREATE TABLE import_preview (
    token       VARCHAR(64)   PRIMARY KEY,
    editor      VARCHAR(100)  NOT NULL,
    filename    VARCHAR(255)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    content     BYTEA         NOT NULL,
    digest      VARCHAR(64)   NOT NULL,
    created_at  TIMESTAMP     NOT NULL
);

CREATE INDEX import_preview_created_idx ON import_preview (created_at);

-- How far a preview or a commit running now has got, written in transactions of their own as the work goes on,
-- so that the page (polling any instance) can show it while the work's own transaction is still open.
CREATE TABLE import_progress (
    id          VARCHAR(64)   PRIMARY KEY,
    editor      VARCHAR(100)  NOT NULL,
    stage       VARCHAR(20)   NOT NULL,
    done        INTEGER       NOT NULL,
    total       INTEGER       NOT NULL,
    updated_at  TIMESTAMP     NOT NULL
);

CREATE INDEX import_progress_updated_idx ON import_progress (updated_at);
