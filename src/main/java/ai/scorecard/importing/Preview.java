package ai.scorecard.importing;

import ai.scorecard.fact.FactEntry;
import java.util.List;

/**
 * What importing a file would do, before anything is stored: the rows refused and why, what each accepted row
 * does, and the entries the ledger records on commit (the unchanged rows left out).
 */
record Preview(String filename, int rowCount, List<Refusal> refusals, List<Plan> plans, List<FactEntry> entries) {

    public boolean committable() {
        return refusals.isEmpty() && !entries.isEmpty();
    }

    public long unchanged() {
        return plans.stream().filter(plan -> plan.action() == Plan.Action.UNCHANGED).count();
    }

    /**
     * Why a row is refused: the row's number, the column concerned, and the reason as a message code (with the
     * message codes its text names, and the text Bean Validation wrote for codes the bundles lack).
     */
    record Refusal(long row, String column, String code, String message, List<String> argumentCodes,
            List<Object> arguments) {
    }

    /** What an accepted row will do: record a new fact, supersede a current one, or nothing. */
    record Plan(long row, String subject, String metric, Action action, Long fact, Long earlierRow) {

        enum Action {
            NEW, SUPERSEDES, HISTORY, UNCHANGED
        }
    }
}
