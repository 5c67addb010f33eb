package ai.scorecard.api;

import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.Lens;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.OptionalDouble;

/** One figure for each commercialization dimension, in the order the pages show them. */
@Schema(description = "One figure per commercialization dimension (a 0–100 score, or a lens's 0–1 share); a score "
        + "that is unknown is null, never 0.")
public record Dimensions(
        @Schema(description = "The monetization dimension.")
        Double monetization,
        @Schema(description = "The adoption dimension.")
        Double adoption,
        @JsonProperty("growth_quality") @Schema(description = "The growth quality dimension.")
        Double growthQuality,
        @JsonProperty("workflow_integration")
        @Schema(description = "The workflow integration dimension.")
        Double workflowIntegration,
        @Schema(description = "The execution dimension.")
        Double execution) {

    /** The scores by dimension, 0–100, unknown as null. */
    static Dimensions of(Map<Dimension, OptionalDouble> scores) {
        return new Dimensions(value(scores, Dimension.MONETIZATION), value(scores, Dimension.ADOPTION),
                value(scores, Dimension.GROWTH_QUALITY), value(scores, Dimension.WORKFLOW_INTEGRATION),
                value(scores, Dimension.EXECUTION));
    }

    /** Each dimension's share of a lens's weights, 0–1. */
    static Dimensions sharesOf(Lens lens) {
        return new Dimensions(lens.share(Dimension.MONETIZATION), lens.share(Dimension.ADOPTION),
                lens.share(Dimension.GROWTH_QUALITY), lens.share(Dimension.WORKFLOW_INTEGRATION),
                lens.share(Dimension.EXECUTION));
    }

    private static Double value(Map<Dimension, OptionalDouble> scores, Dimension dimension) {
        return Figures.of(scores.getOrDefault(dimension, OptionalDouble.empty()));
    }
}
