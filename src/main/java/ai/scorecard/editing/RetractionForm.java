package ai.scorecard.editing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** Why a fact no longer holds. */
@Data
public class RetractionForm {

    /** The one-time key of a form that creates or records (see {@link FormKeys}); optional. */
    private String formKey;

    @NotBlank
    @Size(max = 1000)
    @PlainText(multiline = true)
    private String reason;
}
