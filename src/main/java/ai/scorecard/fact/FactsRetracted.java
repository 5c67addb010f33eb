package ai.scorecard.fact;

import java.util.List;

/** Every current fact citing a source was withdrawn at once, in one transaction, and no longer counts. */
public record FactsRetracted(long sourceId, List<Long> factIds) {
}
