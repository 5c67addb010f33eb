package ai.scorecard.fact;

/** A batch of facts went into the ledger in one transaction (an import, the seed). */
public record FactsRecorded(int count) {
}
