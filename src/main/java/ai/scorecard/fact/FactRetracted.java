package ai.scorecard.fact;

/** A fact was withdrawn and no longer counts. */
public record FactRetracted(long factId) {
}
