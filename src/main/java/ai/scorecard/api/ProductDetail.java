package ai.scorecard.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A product's page as data. */
@Schema(description = "A product with its scores and how they were reached.")
public record ProductDetail(
        @Schema(description = "The product.")
        ProductRecord product,
        @Schema(description = "What the scores were computed under.")
        Basis basis,
        @Schema(description = "The product's scores.")
        ProductScoreRecord score,
        @Schema(description = "Every indicator of the methodology, known or not, in methodology order.")
        List<IndicatorRecord> indicators) {
}
