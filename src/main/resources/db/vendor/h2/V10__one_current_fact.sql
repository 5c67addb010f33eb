-- One current fact per subject and metric, kept by the database: two editors recording the same
-- metric at the same moment both stayed current (17 of 30 rounds), whatever the ledger checked first.
-- current_key is the subject and metric while the fact is current and NULL once it is superseded or
-- retracted; a unique index allows any number of NULLs, so only current facts are held to one each.
-- (A partial unique index would say it more directly; H2 has none.) The column is generated, so
-- whatever writes facts, the ledger, the seed or plain SQL, cannot leave it wrong.
-- This file has a twin for PostgreSQL in db/vendor/postgresql: the two differ only in how a generated column is declared.

-- Facts that already broke the rule: the latest (by as-of date, then id) stays current, and each other
-- one is superseded by it, as the ledger would have done had the two arrived one after the other.
UPDATE fact f
SET superseded_at = CURRENT_TIMESTAMP,
    superseded_by = (SELECT w.id FROM fact w
                     WHERE (w.product_id = f.product_id OR w.company_id = f.company_id) AND w.metric = f.metric
                       AND w.superseded_at IS NULL AND w.retracted_at IS NULL
                     ORDER BY w.as_of DESC, w.id DESC
                     LIMIT 1)
WHERE f.superseded_at IS NULL AND f.retracted_at IS NULL
  AND EXISTS (SELECT 1 FROM fact n
              WHERE (n.product_id = f.product_id OR n.company_id = f.company_id) AND n.metric = f.metric
                AND n.superseded_at IS NULL AND n.retracted_at IS NULL
                AND (n.as_of > f.as_of OR (n.as_of = f.as_of AND n.id > f.id)));

ALTER TABLE fact ADD COLUMN current_key VARCHAR(80) GENERATED ALWAYS AS (
    CASE WHEN superseded_at IS NULL AND retracted_at IS NULL
         THEN COALESCE('product ' || CAST(product_id AS VARCHAR(20)), 'company ' || CAST(company_id AS VARCHAR(20)))
              || ' ' || metric
    END);

CREATE UNIQUE INDEX fact_one_current ON fact (current_key);
