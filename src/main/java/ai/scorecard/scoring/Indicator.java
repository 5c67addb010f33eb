package ai.scorecard.scoring;

import java.util.Objects;

/**
 * One scored measurement: what it reads, which dimension it counts towards, how it is graded and its
 * weight among the indicators of the same dimension.
 */
public record Indicator(String code, Dimension dimension, Signal signal, Rubric rubric, double weight) {

    public Indicator {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("An indicator needs a code");
        }
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(rubric, "rubric");
        if (!(weight > 0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException(code + ": weight must be positive, not " + weight);
        }
        // A mismatch here would leave the indicator unknown for every product, silently.
        if (rubric instanceof Rubric.Levels levels) {
            if (!signal.readsLevels()) {
                throw new IllegalArgumentException(code + ": " + signal.code() + " is numeric, not levels");
            }
            for (String level : levels.pointsByLevel().keySet()) {
                if (!signal.levels().contains(level)) {
                    throw new IllegalArgumentException(code + ": " + level + " is not a level of " + signal.code());
                }
            }
        } else if (signal.readsLevels()) {
            throw new IllegalArgumentException(code + ": " + signal.code() + " has levels, so needs a levels rubric");
        }
    }
}
