package ai.scorecard.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A company's page as data. */
@Schema(description = "A company with its scores and its products' scores.")
public record CompanyDetail(
        @Schema(description = "The company.")
        CompanyRecord company,
        @Schema(description = "What the scores were computed under.")
        Basis basis,
        @Schema(description = "The company's scores.")
        CompanyScoreRecord score,
        @Schema(description = "Its products' scores, the flagships first.")
        List<ProductScoreRecord> products) {
}
