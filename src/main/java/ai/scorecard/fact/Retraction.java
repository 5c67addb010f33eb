package ai.scorecard.fact;

import ai.scorecard.checks.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a fact no longer holds: the rules a retraction's reason follows. */
record Retraction(@NotBlank @Size(max = Retraction.LONGEST) @PlainText(multiline = true) String reason) {

    /** Characters a fact's stated reason may hold (the column's width). */
    static final int LONGEST = 1000;
}
