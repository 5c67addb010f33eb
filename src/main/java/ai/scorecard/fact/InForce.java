package ai.scorecard.fact;

import java.time.Instant;

/**
 * When a fact counted: from the moment it was recorded until it was superseded or retracted, whichever came
 * first. What the scorecard knew at a moment is the facts in force then; the ledger's queries for a past date
 * ask the database the same question ({@code Facts.findInForceAt}).
 */
public record InForce(Instant recordedAt, Instant supersededAt, Instant retractedAt) {

    public static InForce of(Fact fact) {
        return new InForce(fact.getRecordedAt(), fact.getSupersededAt(), fact.getRetractedAt());
    }

    /** In force at the moment: recorded before it, and not yet superseded or retracted. */
    public boolean at(Instant moment) {
        return recordedAt.isBefore(moment) && (supersededAt == null || !supersededAt.isBefore(moment))
                && (retractedAt == null || !retractedAt.isBefore(moment));
    }
}
