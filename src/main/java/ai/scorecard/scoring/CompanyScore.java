package ai.scorecard.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A company's scores under one lens, rolled up from its products as {@code methodology.rollUpText} publishes.
 *
 * @param overall              the product-weight-weighted mean of its scored products' overall estimates; empty
 *                             when no product has one
 * @param evidenceOnly         the same of the products' evidence-only scores
 * @param interval             the same of the products' intervals' ends
 * @param products             each product's score and part in the overall, in input order
 * @param styleIndex           −100 (Alibaba-style) … +100 (ByteDance-style), see {@link StyleIndex}
 * @param styleReasons         every observation behind the style index; their contributions sum to it
 * @param modelCapability      the best model capability among the company's products
 * @param commercializationGap model capability minus overall, when both are known
 */
public record CompanyScore(String slug, Map<Dimension, OptionalDouble> dimensions, OptionalDouble overall,
        OptionalDouble evidenceOnly, Optional<Interval> interval, double coverage, double confidence, List<Contribution> products, OptionalDouble styleIndex,
        List<StyleReason> styleReasons, OptionalDouble modelCapability, OptionalDouble commercializationGap) {
}
