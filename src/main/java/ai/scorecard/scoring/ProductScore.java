package ai.scorecard.scoring;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A product's scores under one lens.
 *
 * @param indicators      every indicator of the methodology, known or not, in methodology order
 * @param dimensions      each commercialization dimension's indicator-weighted mean of its known indicators
 * @param overall         Σ known effectiveWeight·points / Σ known effectiveWeight; empty when nothing is known
 * @param coverage        Σ known effectiveWeight: the share of the commercialization weight that was known
 * @param confidence      0–1, see {@link ScoringRules#CONFIDENCE}
 * @param modelCapability the indicator-weighted mean of the known model-capability indicators
 * @param style           −100…+100 from the product's own traits and facts; empty when none places it
 */
public record ProductScore(String slug, List<IndicatorScore> indicators, Map<Dimension, OptionalDouble> dimensions,
        OptionalDouble overall, double coverage, double confidence, OptionalDouble modelCapability,
        OptionalDouble style, List<StyleReason> styleReasons) {
}
