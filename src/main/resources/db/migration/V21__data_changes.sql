-- What each move of the data version changed: one row for each company whose scores it may have moved, a row
-- marked "everything" when any score may have (a product or the catalog changed, a batch of facts), or a row
-- with neither when no score can have (a source added that no fact cites yet). An instance holding the
-- standings of version M rescores only the companies named between M and N; a version with no row here (a
-- write by an older release, or rows pruned) makes it score everything again.
CREATE TABLE data_change (
    version    BIGINT  NOT NULL,
    everything BOOLEAN NOT NULL,
    company_id BIGINT,
    CONSTRAINT data_change_everything_or_company CHECK (everything = FALSE OR company_id IS NULL)
);
CREATE INDEX data_change_version ON data_change (version);
