package ai.scorecard.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A company's or product's facts. */
@Schema(description = "The facts about one company (about the company itself) or one product.")
public record FactList(
        @JsonProperty("subject_type")
        @Schema(description = "What the facts are about.", allowableValues = {"company", "product"})
        String subjectType,
        @Schema(description = "The slug of the company or product.")
        String subject,
        @Schema(description = "Whether superseded and retracted facts are included (history=true) or only current "
                + "ones.")
        boolean history,
        @Schema(description = "The facts, by metric, the newest first.")
        List<FactRecord> items) {
}
