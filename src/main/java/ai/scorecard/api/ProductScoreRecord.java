package ai.scorecard.api;

import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.Product;
import ai.scorecard.catalog.Weight;
import ai.scorecard.scoring.ProductScore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A product's scores as the rankings, comparison and product pages show them, with what they rest on. */
@Schema(description = "A product's scores under one lens and methodology version; every unknown figure is null, "
        + "never 0.")
public record ProductScoreRecord(
        @Schema(description = "The product's slug.")
        String slug,
        @Schema(description = "The slug of the company that makes it.")
        String company,
        @JsonProperty("name_en") @Schema(description = Described.NAME_EN)
        String nameEn,
        @JsonProperty("name_zh") @Schema(description = Described.NAME_ZH)
        String nameZh,
        @Schema(description = "Its category.")
        Category category,
        @Schema(description = "Its weight in its company's score.")
        Weight weight,
        @Schema(description = "Its place among the products with a score in the ranking asked for (all products, or "
                + "one category), as /rankings numbers it; null when it has no score, and outside a ranking.")
        Integer rank,
        @Schema(description = "The commercialization estimate (0–100) that ranks and compares: the known indicators' "
                + "points pulled towards a neutral prior; null when not enough evidence (too few sourced facts).")
        Double score,
        @JsonProperty("evidence_only") @Schema(description = Described.EVIDENCE_ONLY)
        Double evidenceOnly,
        @JsonProperty("range_low") @Schema(description = Described.RANGE_LOW)
        Double rangeLow,
        @JsonProperty("range_high") @Schema(description = Described.RANGE_HIGH)
        Double rangeHigh,
        @Schema(description = Described.COVERAGE)
        double coverage,
        @Schema(description = Described.CONFIDENCE)
        double confidence,
        @JsonProperty("sourced_facts")
        @Schema(description = "How many current sourced facts feed its commercialization indicators (editors' traits "
                + "are not counted).")
        int sourcedFacts,
        @JsonProperty("evidence_dimensions")
        @Schema(description = "How many commercialization dimensions those facts reach.")
        int evidenceDimensions,
        @JsonProperty("prior_points")
        @Schema(description = "What the neutral prior adds to the score; the indicators' contributions and this sum "
                + "to score.")
        double priorPoints,
        @JsonProperty("model_capability")
        @Schema(description = "Its model capability (0–100); null when unknown. It never enters the score.")
        Double modelCapability,
        @JsonProperty("style_index")
        @Schema(description = "−100 Alibaba-style … +100 ByteDance-style from its own traits and facts; null when "
                + "nothing places it.")
        Double styleIndex,
        @Schema(description = Described.DIMENSIONS)
        Dimensions dimensions) {

    /** A product loaded with its company; {@code rank} null outside a ranking or for a product without a score. */
    static ProductScoreRecord of(Product product, ProductScore score, Integer rank) {
        return new ProductScoreRecord(product.getSlug(), product.getCompany().getSlug(), product.getNameEn(),
                product.getNameZh(), product.getCategory(), product.getWeight(), rank, Figures.of(score.overall()),
                Figures.of(score.evidenceOnly()), Figures.low(score.interval()), Figures.high(score.interval()),
                score.coverage(), score.confidence(), score.evidence().sourcedFacts(), score.evidence().dimensions(),
                score.priorPoints(), Figures.of(score.modelCapability()), Figures.of(score.style()),
                Dimensions.of(score.dimensions()));
    }
}
