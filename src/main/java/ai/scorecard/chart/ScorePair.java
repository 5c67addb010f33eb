package ai.scorecard.chart;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One dimension of a side-by-side comparison: its already-localised label and the two companies'
 * 0…100 scores, either of which may be unknown. Input of {@link DivergingBars} and {@link Radar}.
 */
public record ScorePair(String label, OptionalDouble left, OptionalDouble right) {

    public ScorePair {
        Objects.requireNonNull(label, "label");
        left = left == null ? OptionalDouble.empty() : left;
        right = right == null ? OptionalDouble.empty() : right;
    }

    public static ScorePair of(String label, OptionalDouble left, OptionalDouble right) {
        return new ScorePair(label, left, right);
    }
}
