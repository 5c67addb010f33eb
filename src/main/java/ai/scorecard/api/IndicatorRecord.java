package ai.scorecard.api;

import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.IndicatorScore;
import ai.scorecard.scoring.Unknown;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** One line of a product's breakdown ("how the score was reached" on its page). */
@Schema(description = "One indicator of the methodology for one product, known or not, down to the fact it read.")
public record IndicatorRecord(
        @Schema(description = "The indicator's code in the methodology.")
        String code,
        @Schema(description = "The dimension it counts towards.")
        Dimension dimension,
        @Schema(description = "What it reads: fact:METRIC for a fact's metric, trait:NAME for an editors' trait.")
        String signal,
        @Schema(description = "The points (0–100) it gives; null when unknown, never 0 for unknown.")
        Double points,
        @JsonProperty("unknown_reason")
        @Schema(description = "Why it is unknown (MISSING, STALE, UNRATED); null when known.")
        Unknown unknownReason,
        @JsonProperty("effective_weight")
        @Schema(description = "Its share (0–1) of the commercialization score under the lens; 0 for model capability.")
        double effectiveWeight,
        @Schema(description = "The points it adds to the product's score; 0 when unknown.")
        double contribution,
        @JsonProperty("fact_id")
        @Schema(description = "The id of the fact it read; null for a trait or a missing fact.")
        Long factId,
        @JsonProperty("trait_value")
        @Schema(description = "The editors' trait value it read; null for a fact.")
        String traitValue) {

    static IndicatorRecord of(IndicatorScore score) {
        return new IndicatorRecord(score.indicator().code(), score.indicator().dimension(),
                score.indicator().signal().code(), Figures.of(score.points()), score.reason(), score.effectiveWeight(),
                score.known() ? score.contribution() : 0, score.evidence() == null ? null : score.evidence().factId(),
                score.traitValue());
    }
}
