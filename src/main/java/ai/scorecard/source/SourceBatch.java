package ai.scorecard.source;

import ai.scorecard.checks.Problem;
import java.util.List;
import java.util.Map;

/** What the bibliography answers to many sources added at once: all added, or none and why. */
public sealed interface SourceBatch {

    /** Every source of the batch, in its order. */
    record Added(List<Source> sources) implements SourceBatch {
    }

    /** The problems of each refused draft, by its index in the batch; nothing was stored. */
    record Refused(Map<Integer, List<Problem>> problems) implements SourceBatch {
    }
}
