package ai.scorecard.scoring;

import ai.scorecard.catalog.Weight;

/**
 * A product's part in its company's overall score.
 *
 * @param weightShare the product's weight over the summed weights of the company's products with a known overall
 *                    score; 0 when its own overall is unknown
 * @param pointsAdded weightShare × the product's overall; the company's contributions sum to its overall
 */
public record Contribution(ProductScore product, Weight weight, double weightShare, double pointsAdded) {
}
