package ai.scorecard.fact;

import ai.scorecard.checks.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a dispute no longer stands (withdrawn by the disputer, settled by a newer fact): the rules of its reason. */
record DisputeResolution(@NotBlank @Size(max = 1000) @PlainText(multiline = true) String reason) {
}
