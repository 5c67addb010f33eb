-- A rank's unit is where it was counted, chosen from a list (ai.scorecard.fact.RankScope) and named by each
-- language's bundle, instead of free text shown in English on every page. The phrases the seed, the
-- benchmark data set and the form's old example used become codes, in the live table and in the revision
-- history alike, so that history does not show a change no one made. Any other phrase is kept as it was
-- typed: pages show it marked as typed, and the next value of that rank chooses a scope from the list.
-- Plain SQL for H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE rank_scope_phrase (
    phrase  VARCHAR(30)  NOT NULL PRIMARY KEY,
    code    VARCHAR(30)  NOT NULL
);

INSERT INTO rank_scope_phrase (phrase, code) VALUES
    ('rank in china', 'CHINA'), ('in china', 'CHINA'), ('china', 'CHINA'), ('china rank', 'CHINA'),
    ('国内', 'CHINA'), ('中国', 'CHINA'),
    ('rank worldwide', 'WORLDWIDE'), ('worldwide', 'WORLDWIDE'), ('global', 'WORLDWIDE'),
    ('rank globally', 'WORLDWIDE'), ('globally', 'WORLDWIDE'), ('全球', 'WORLDWIDE'),
    ('rank in niche', 'NICHE'), ('in niche', 'NICHE'), ('niche', 'NICHE'), ('rank in its niche', 'NICHE'),
    ('in its niche', 'NICHE'), ('细分赛道', 'NICHE'), ('细分赛道内', 'NICHE'),
    ('rank on benchmark', 'BENCHMARK'), ('on benchmark', 'BENCHMARK'), ('benchmark', 'BENCHMARK'),
    ('rank on benchmarks', 'BENCHMARK'), ('on benchmarks', 'BENCHMARK'), ('评测', 'BENCHMARK'),
    ('评测榜单', 'BENCHMARK');

UPDATE fact SET unit = (SELECT code FROM rank_scope_phrase WHERE phrase = LOWER(TRIM(fact.unit)))
    WHERE metric IN ('NICHE_RANK', 'TOKEN_VOLUME_RANK', 'MODEL_BENCHMARK_RANK')
      AND LOWER(TRIM(unit)) IN (SELECT phrase FROM rank_scope_phrase);

UPDATE fact_aud SET unit = (SELECT code FROM rank_scope_phrase WHERE phrase = LOWER(TRIM(fact_aud.unit)))
    WHERE metric IN ('NICHE_RANK', 'TOKEN_VOLUME_RANK', 'MODEL_BENCHMARK_RANK')
      AND LOWER(TRIM(unit)) IN (SELECT phrase FROM rank_scope_phrase);

DROP TABLE rank_scope_phrase;
