package ai.scorecard.fact;

/** A fact was disputed: pages show the dispute beside it, and scores that leave disputed facts out move. */
public record FactDisputed(long factId, long disputeId) {
}
