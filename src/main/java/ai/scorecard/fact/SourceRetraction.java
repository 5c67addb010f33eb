package ai.scorecard.fact;

import ai.scorecard.checks.Problem;
import java.util.List;

/** What the ledger answers when every current fact citing a source is to be retracted at once. */
public sealed interface SourceRetraction {

    /** Every fact that cited the source and was current, now retracted, in one transaction. */
    record Retracted(List<Fact> facts) implements SourceRetraction {
    }

    /** The reason breaks a rule of a retraction's reason; nothing was retracted. */
    record Refused(List<Problem> problems) implements SourceRetraction {
    }

    /** No current fact cites the source (any more); nothing was written. */
    record NothingToRetract() implements SourceRetraction {
    }

    /**
     * The current facts citing the source are not the ones the editor was shown (one was recorded, superseded or
     * retracted meanwhile); nothing was retracted. {@code current} are the ones citing it now.
     */
    record Changed(List<Fact> current) implements SourceRetraction {
    }
}
