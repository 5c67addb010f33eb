package ai.scorecard.api;

import ai.scorecard.catalog.Category;
import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.MissingFactsRobustness;
import ai.scorecard.scoring.Robustness;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The comparison page as data: two companies side by side under one lens. */
@Schema(description = "Two companies side by side under one lens, as /compare shows them.")
public record ComparisonRecord(
        @Schema(description = "What the scores were computed under.")
        Basis basis,
        @Schema(description = "The first company's scores.")
        CompanyScoreRecord left,
        @Schema(description = "The second company's scores.")
        CompanyScoreRecord right,
        @Schema(description = "The slug of the company ahead on score; null when they tie or either lacks the evidence "
                + "for a score (no leader is called).")
        String leader,
        @Schema(description = "How many points the leader is ahead; null when no leader is called.")
        Double margin,
        @Schema(description = "How the order holds under other weightings of the dimensions; null when it cannot be "
                + "told (a score is unknown).")
        ComparedWeightings robustness,
        @JsonProperty("missing_facts")
        @Schema(description = "How the order holds when the facts nobody recorded are drawn at random; null when it "
                + "cannot be told.")
        ComparedMissingFacts missingFacts,
        @Schema(description = "Dimension by dimension.")
        List<ComparedDimension> dimensions,
        @Schema(description = "Category by category, each side's products in it.")
        List<ComparedCategory> categories) {

    @Schema(description = "One commercialization dimension of the two companies.")
    public record ComparedDimension(
            @Schema(description = "The dimension.")
            Dimension dimension,
            @Schema(description = "The first company's score in it (0–100); null when unknown.")
            Double left,
            @Schema(description = "The second company's score in it (0–100); null when unknown.")
            Double right,
            @Schema(description = "The slug of the company ahead in it; null on a tie or when either is unknown.")
            String leader) {
    }

    @Schema(description = "One product category with each side's best products in it, as /compare shows them; "
            + "/api/v1/scores ranks every product.")
    public record ComparedCategory(
            @Schema(description = "The category.")
            Category category,
            @Schema(description = "The slug of the company whose best product here scores higher; null on a tie or "
                    + "when either side has no scored product here.")
            String leader,
            @Schema(description = "The first company's best products in the category, best first, at most three "
                    + "(possibly none).")
            List<ProductScoreRecord> left,
            @Schema(description = "The second company's best products in the category, best first, at most three "
                    + "(possibly none).")
            List<ProductScoreRecord> right,
            @Schema(description = "How many products the first company has in the category, listed or not.")
            int leftCount,
            @Schema(description = "How many products the second company has in the category, listed or not.")
            int rightCount) {
    }

    @Schema(description = "How firmly the leader leads when the dimensions are weighted otherwise.")
    public record ComparedWeightings(
            @Schema(description = "The slug of the company ahead under the lens.")
            String leader,
            @Schema(description = "How many weightings around the lens were tried.")
            int samples,
            @JsonProperty("leader_ahead_share")
            @Schema(description = "The share (0–1) of those in which the leader stays strictly ahead.")
            double leaderAheadShare,
            @JsonProperty("smallest_flip_dimension")
            @Schema(description = "The dimension whose weight, changed alone, reverses the order with the least "
                    + "change; null when no such change does.")
            Dimension smallestFlipDimension,
            @JsonProperty("smallest_flip_current_share")
            @Schema(description = "That dimension's share (0–1) of the lens now; null when no flip.")
            Double smallestFlipCurrentShare,
            @JsonProperty("smallest_flip_threshold_share")
            @Schema(description = "The share beyond which the order reverses; null when no flip.")
            Double smallestFlipThresholdShare,
            @JsonProperty("smallest_flip_direction")
            @Schema(description = "Whether the order reverses above or below that share; null when no flip.",
                    allowableValues = {"ABOVE", "BELOW"})
            String smallestFlipDirection) {

        static ComparedWeightings of(Robustness robustness) {
            var flip = robustness.smallestFlip();
            return new ComparedWeightings(robustness.leader(), robustness.samples(), robustness.leaderAheadShare(),
                    flip.map(Robustness.Flip::dimension).orElse(null),
                    flip.map(Robustness.Flip::currentShare).orElse(null),
                    flip.map(Robustness.Flip::thresholdShare).orElse(null),
                    flip.map(f -> f.direction().name()).orElse(null));
        }
    }

    @Schema(description = "How firmly the leader leads when the facts nobody recorded are drawn from what is known.")
    public record ComparedMissingFacts(
            @Schema(description = "The slug of the company ahead.")
            String leader,
            @Schema(description = "How many draws were made.")
            int draws,
            @Schema(description = "How many unknown indicators of the two companies' scored products were drawn; 0 "
                    + "means no missing fact could change the order.")
            int filled,
            @JsonProperty("leader_ahead_share")
            @Schema(description = "The share (0–1) of the draws in which the leader stays strictly ahead; the page "
                    + "shows it as a percentage rounded down to one decimal.")
            double leaderAheadShare) {

        static ComparedMissingFacts of(MissingFactsRobustness missing) {
            return new ComparedMissingFacts(missing.leader(), missing.draws(), missing.filled(),
                    missing.leaderAheadShare());
        }
    }
}
