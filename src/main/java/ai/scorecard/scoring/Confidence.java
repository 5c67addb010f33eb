package ai.scorecard.scoring;

import ai.scorecard.fact.Provenance;

/**
 * How much a piece of evidence is trusted, from its provenance tier and its age. A product's
 * confidence is Σ over its known indicators of effectiveWeight × quality, which is its coverage times
 * the weighted mean quality of what was read, so it can never exceed its coverage. Published on the
 * methodology page as {@code methodology.rule.confidence}.
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
