package ai.scorecard.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The companies, as /companies lists them. */
@Schema(description = "Every company, by English name.")
public record CompanyList(
        @Schema(description = "How many companies there are.")
        int count,
        @Schema(description = "The companies.")
        List<CompanyRecord> items) {
}
