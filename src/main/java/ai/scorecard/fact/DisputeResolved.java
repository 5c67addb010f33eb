package ai.scorecard.fact;

/** A dispute no longer stands: the fact counts again wherever disputed facts are left out. */
public record DisputeResolved(long factId, long disputeId) {
}
