-- One-time keys of the forms that create or record something (a fact, a newer value, a retraction, a
-- company, a product). A write whose answer never reached the editor may still have been committed; the
-- editor's retry then carries the same key, finds it here and is shown the first result instead of a
-- second copy. The key goes in with the write, in its transaction, so either both are kept or neither.
CREATE TABLE form_submission (
    form_key      VARCHAR(64)   PRIMARY KEY,
    result_path   VARCHAR(400)  NOT NULL,
    submitted_at  TIMESTAMP     NOT NULL
);
