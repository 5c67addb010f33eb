-- A fact's as-of date is normally the date the source observed. When the source is undated (the
-- article the seed comes from is), the only honest date is the day someone read it: this flag says so,
-- so that no page passes a reading date off as the source's date.
ALTER TABLE fact ADD COLUMN as_of_is_read_date BOOLEAN NOT NULL DEFAULT FALSE;
-- A dated source gives the as-of date its own footing; the flag is only for undated ones.
ALTER TABLE fact ADD CONSTRAINT fact_as_of_read_only_when_undated
    CHECK (as_of_is_read_date = FALSE OR source_date IS NULL);

ALTER TABLE fact_aud ADD COLUMN as_of_is_read_date BOOLEAN;
