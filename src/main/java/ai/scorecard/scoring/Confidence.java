package ai.scorecard.scoring;

import ai.scorecard.fact.Provenance;

/**
 * How much a piece of evidence is trusted, from its provenance tier and its age. A product's
 * confidence is Σ over its known indicators of effectiveWeight × quality, which is its coverage times
 * the weighted mean quality of what was read, so it can never exceed its coverage. The full rule, for
 * the methodology page, is {@link ScoringRules#CONFIDENCE}.
 */
final class Confidence {

    /** Editors set traits from the same reading of sources an analyst's estimate comes from. */
    static final double TRAIT_TIER = 0.7;

    /** At the freshness limit a fact still counts half. */
    static final double AGE_FLOOR = 0.5;

    private static final double[] TIERS = tiers();

    private Confidence() {
    }

    static double tier(Provenance provenance) {
        return TIERS[provenance.ordinal()];
    }

    /** The quality of a fact read on day {@code today} under a window of {@code freshnessDays}. */
    static double quality(Evidence evidence, long asOfDay, long today, int freshnessDays) {
        // A fact dated in the future (a forecast, a typo) is treated as brand new rather than rewarded.
        long age = Math.max(0, Math.min(freshnessDays, today - asOfDay));
        return tier(evidence.provenance()) * (1 - (1 - AGE_FLOOR) * age / freshnessDays);
    }

    private static double[] tiers() {
        double[] tiers = new double[Provenance.values().length];
        for (Provenance provenance : Provenance.values()) {
            tiers[provenance.ordinal()] = switch (provenance) {
                case COMPANY_REPORTED -> 1.0;
                case THIRD_PARTY -> 0.85;
                case ANALYST_ESTIMATE -> 0.7;
                case COMMENTARY -> 0.55;
            };
        }
        return tiers;
    }
}
