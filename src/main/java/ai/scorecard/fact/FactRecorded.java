package ai.scorecard.fact;

/** A fact went into the ledger, possibly superseding the one that was current. */
public record FactRecorded(long factId) {
}
