package ai.scorecard.editing;

import lombok.Data;

/** Why a fact no longer holds. */
@Data
public class RetractionForm {

    /** The one-time key of a form that creates or records (see {@link FormKeys}); optional. */
    private String formKey;

    private String reason;
}
