package ai.scorecard.fact;

import ai.scorecard.checks.Problem;
import java.util.List;

/** What {@link RightOfReply} answers to a dispute stated or resolved: done, or refused and why. */
public sealed interface DisputeOutcome {

    /** The dispute as now recorded: new, or now resolved. */
    record Done(Dispute dispute) implements DisputeOutcome {
    }

    /** The statement breaks a rule; nothing was stored. */
    record Refused(List<Problem> problems) implements DisputeOutcome {
    }

    /** No fact or dispute has this id. */
    record Unknown(long id) implements DisputeOutcome {
    }

    /** The fact was retracted, so there is nothing left to dispute; or the dispute was resolved already. */
    record NoLongerOpen(long id) implements DisputeOutcome {
    }
}
