-- Methodology version 2: no score without sourced evidence, thin evidence pulled towards a neutral prior,
-- and editors' unsourced traits weighing half a fact. The rule is part of each version's data, so
-- version 1 keeps computing exactly as it did (no minimum, no prior, traits weighing as facts).

ALTER TABLE methodology_version ADD COLUMN min_sourced_facts INT NOT NULL DEFAULT 0;
ALTER TABLE methodology_version ADD COLUMN min_dimensions INT NOT NULL DEFAULT 0;
ALTER TABLE methodology_version ADD COLUMN prior_score NUMERIC(6, 2) NOT NULL DEFAULT 50;
ALTER TABLE methodology_version ADD COLUMN prior_weight NUMERIC(8, 4) NOT NULL DEFAULT 0;
ALTER TABLE methodology_version ADD COLUMN editor_call_weight NUMERIC(6, 3) NOT NULL DEFAULT 1;
ALTER TABLE methodology_version ADD CONSTRAINT methodology_evidence_rule_range CHECK (
    min_sourced_facts >= 0 AND min_dimensions >= 0 AND min_dimensions <= 5
    AND prior_score >= 0 AND prior_score <= 100 AND prior_weight >= 0
    AND editor_call_weight >= 0 AND editor_call_weight <= 1);

-- Version 2 is version 1's indicators, lenses and style traits with the evidence rule. It takes the
-- next free version number (2 on a fresh database) and ids below those the identity columns hand out.
INSERT INTO methodology_version (id, version, published_on, note, published_by, freshness_days, flagship_weight,
        major_weight, minor_weight, min_sourced_facts, min_dimensions, prior_score, prior_weight, editor_call_weight)
SELECT 2, max(version) + 1, DATE '2026-11-30',
       'Evidence before numbers: a product needs at least one current, sourced fact feeding a commercialization '
       || 'indicator to be scored, and a company at least one such product; scores are pulled towards a neutral 50 '
       || 'with the weight of a tenth of the methodology (a Bayesian average), an editor''s unsourced trait weighs '
       || 'half a fact, and every score carries the range it could take given what is unknown.',
       'system', 365, 3, 2, 1, 1, 1, 50, 0.1, 0.5
FROM methodology_version;

INSERT INTO methodology_indicator (id, version_id, position, code, dimension, signal, rubric, low_anchor, high_anchor,
        points_per_place, weight)
SELECT id + 100, 2, position, code, dimension, signal, rubric, low_anchor, high_anchor, points_per_place, weight
FROM methodology_indicator WHERE version_id = 1;

INSERT INTO methodology_level_points (indicator_id, level, points)
SELECT p.indicator_id + 100, p.level, p.points
FROM methodology_level_points p JOIN methodology_indicator i ON i.id = p.indicator_id WHERE i.version_id = 1;

INSERT INTO methodology_lens (id, version_id, position, code)
SELECT id + 10, 2, position, code FROM methodology_lens WHERE version_id = 1;

INSERT INTO methodology_lens_weight (lens_id, dimension, weight)
SELECT w.lens_id + 10, w.dimension, w.weight
FROM methodology_lens_weight w JOIN methodology_lens l ON l.id = w.lens_id WHERE l.version_id = 1;

INSERT INTO methodology_style_trait (id, version_id, position, signal, weight)
SELECT id + 10, 2, position, signal, weight FROM methodology_style_trait WHERE version_id = 1;

INSERT INTO methodology_style_position (trait_id, level, position)
SELECT p.trait_id + 10, p.level, p.position
FROM methodology_style_position p JOIN methodology_style_trait t ON t.id = p.trait_id WHERE t.version_id = 1;
