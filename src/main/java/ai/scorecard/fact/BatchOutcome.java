package ai.scorecard.fact;

import ai.scorecard.checks.Problem;
import java.util.List;
import java.util.Map;

/** What the ledger answers to a batch: every fact recorded, or none because some broke a rule. */
public sealed interface BatchOutcome {

    /** Every entry went into the ledger, in the order given. */
    record Recorded(List<Fact> facts) implements BatchOutcome {
    }

    /**
     * Nothing was stored: the entries at these positions (from 0, in the order given) break the rules
     * listed with them.
     */
    record Refused(Map<Integer, List<Problem>> problemsByEntry) implements BatchOutcome {
    }
}
