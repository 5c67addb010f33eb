-- Sign-in throttling replaces the account lock: five wrong passwords from anyone locked any account,
-- the only administrator included, so a stranger could keep an editor out for good. Attempts are now
-- counted per client address and per (username, client address) pair, in the database, so the count
-- holds on every instance, and each attempt takes its slot with one conditional UPDATE, so parallel
-- attempts cannot all slip past the limit.
CREATE TABLE sign_in_throttle (
    throttle_key  VARCHAR(80)  NOT NULL,
    window_start  BIGINT       NOT NULL, -- epoch milliseconds, like Spring Session's own tables
    attempts      INT          NOT NULL,
    CONSTRAINT sign_in_throttle_pk PRIMARY KEY (throttle_key),
    CONSTRAINT sign_in_throttle_attempts_positive CHECK (attempts >= 0)
);
CREATE INDEX sign_in_throttle_window ON sign_in_throttle (window_start);

ALTER TABLE account DROP CONSTRAINT account_failed_sign_ins_positive;
ALTER TABLE account DROP COLUMN failed_sign_ins;
ALTER TABLE account DROP COLUMN locked_until;
