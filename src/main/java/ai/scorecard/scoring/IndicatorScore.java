package ai.scorecard.scoring;

import java.util.OptionalDouble;

/**
 * One indicator's points for one product, with what they came from.
 *
 * @param points          0–100, empty when unknown
 * @param reason          why the points are empty; null when known
 * @param evidence        the fact read (also when stale or unrated); null for traits and missing facts
 * @param traitValue      the trait's value read, for trait indicators; null otherwise
 * @param effectiveWeight the indicator's share of the commercialization score under the lens; 0 for model capability
 * @param contribution    the points this indicator adds to the product's overall score; the contributions of a
 *                        product sum to its overall
 */
public record IndicatorScore(Indicator indicator, OptionalDouble points, Unknown reason, Evidence evidence,
        String traitValue, double effectiveWeight, double contribution) {

    public boolean known() {
        return points.isPresent();
    }
}
