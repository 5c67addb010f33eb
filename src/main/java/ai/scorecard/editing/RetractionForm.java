package ai.scorecard.editing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Why a fact no longer holds. */
@Data
public class RetractionForm {

    @NotBlank
    @Size(max = 1000)
    @PlainText(multiline = true)
    private String reason;
}
