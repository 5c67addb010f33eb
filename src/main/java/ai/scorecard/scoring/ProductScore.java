package ai.scorecard.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A product's scores under one lens.
 *
 * @param indicators      every indicator of the methodology, known or not, in methodology order
 * @param dimensions      each commercialization dimension's indicator-weighted mean of its known indicators
 * @param overall         the estimate that ranks and compares: (Σ known w·points + m·prior) ÷ (Σ known w + m), where w
 *                        is an indicator's effective weight (× the editor-call factor for a trait) and m and the prior
 *                        come from the {@link EvidenceRule}; empty when the evidence is not enough (version 1: when
 *                        nothing is known, and m = 0)
 * @param evidenceOnly    the same without the prior, Σ known w·points ÷ Σ known w; empty whenever overall is
 * @param interval        the range overall could take if every unknown indicator were known, see {@link Interval}
 * @param evidence        the sourced facts the score rests on
 * @param priorPoints     what the prior adds to overall; the indicators' contributions and this sum to overall
 * @param coverage        Σ known effectiveWeight: the share of the commercialization weight that was known
 * @param confidence      0–1, see {@link Confidence}
 * @param modelCapability the indicator-weighted mean of the known model-capability indicators
 * @param style           −100…+100 from the product's own traits and facts; empty when none places it
 */
public record ProductScore(String slug, List<IndicatorScore> indicators, Map<Dimension, OptionalDouble> dimensions,
        OptionalDouble overall, OptionalDouble evidenceOnly, Optional<Interval> interval, EvidenceCount evidence,
        double priorPoints, double coverage, double confidence, OptionalDouble modelCapability,
        OptionalDouble style, List<StyleReason> styleReasons) {
}
