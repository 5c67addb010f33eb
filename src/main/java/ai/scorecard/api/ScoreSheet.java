package ai.scorecard.api;

import ai.scorecard.catalog.Category;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Every company and product scored under one lens and methodology version: /styles and /rankings as data. */
@Schema(description = "Every company's and product's scores under one lens and methodology version.")
public record ScoreSheet(
        @Schema(description = "What the scores were computed under.")
        Basis basis,
        @Schema(description = "The category the products were ranked within; null for all products.")
        Category category,
        @Schema(description = "Every company, by English name, as /styles lists them.")
        List<CompanyScoreRecord> companies,
        @Schema(description = "The products in ranking order, as /rankings lists them: the scored by score, then those "
                + "without enough evidence (rank null).")
        List<ProductScoreRecord> products) {
}
