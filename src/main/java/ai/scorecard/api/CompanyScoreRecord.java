package ai.scorecard.api;

import ai.scorecard.catalog.Company;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.scoring.Contribution;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A company's scores as the comparison, styles and company pages show them, with what they rest on. */
@Schema(description = "A company's scores under one lens and methodology version, rolled up from its products; "
        + "every unknown figure is null, never 0.")
public record CompanyScoreRecord(
        @Schema(description = "The company's slug.")
        String slug,
        @JsonProperty("name_en") @Schema(description = Described.NAME_EN)
        String nameEn,
        @JsonProperty("name_zh") @Schema(description = Described.NAME_ZH)
        String nameZh,
        @Schema(description = "The commercialization score (0–100): its scored products' estimates weighted by product "
                + "weight; null when not enough evidence (no product of it has a score).")
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
        @Schema(description = "How many products it has.")
        int products,
        @JsonProperty("scored_products")
        @Schema(description = "How many of them have enough evidence for a score, and so count in its score.")
        int scoredProducts,
        @JsonProperty("sourced_facts")
        @Schema(description = "How many current sourced facts feed its products' commercialization indicators, summed "
                + "over its products.")
        int sourcedFacts,
        @JsonProperty("style_index")
        @Schema(description = "Where it stands between the two playbooks: −100 Alibaba-style … +100 ByteDance-style; "
                + "null when nothing places it.")
        Double styleIndex,
        @JsonProperty("model_capability")
        @Schema(description = "The best model capability (0–100) among its products; null when unknown. It never "
                + "enters the commercialization score.")
        Double modelCapability,
        @JsonProperty("commercialization_gap")
        @Schema(description = "Model capability minus score; null unless both are known.")
        Double commercializationGap,
        @Schema(description = Described.DIMENSIONS)
        Dimensions dimensions) {

    static CompanyScoreRecord of(Company company, CompanyScore score) {
        int scored = 0;
        int facts = 0;
        for (Contribution contribution : score.products()) {
            scored += contribution.product().overall().isPresent() ? 1 : 0;
            facts += contribution.product().evidence().sourcedFacts();
        }
        return new CompanyScoreRecord(company.getSlug(), company.getNameEn(), company.getNameZh(),
                Figures.of(score.overall()), Figures.of(score.evidenceOnly()), Figures.low(score.interval()),
                Figures.high(score.interval()), score.coverage(), score.confidence(), score.products().size(), scored,
                facts, Figures.of(score.styleIndex()), Figures.of(score.modelCapability()),
                Figures.of(score.commercializationGap()), Dimensions.of(score.dimensions()));
    }
}
