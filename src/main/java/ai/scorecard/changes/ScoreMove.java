package ai.scorecard.changes;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How a company's overall score went from one date to another, step by step: the passing of time first (the
 * facts in force at the start, judged at the end instead of the start), then each fact event in order. Each
 * step starts where the one before ended, so when every step has a score the parts add up to the whole move.
 *
 * @param before the score at the end of the first day, from the facts in force then
 * @param after  the score at the end of the last day, from the facts in force then
 */
public record ScoreMove(String companySlug, OptionalDouble before, OptionalDouble after, List<Part> parts) {

    /** Below this, two scores are the same: the sums of doubles differ in their last bits. */
    static final double SAME = 1e-9;

    public ScoreMove {
        parts = List.copyOf(parts);
    }

    /**
     * One step of the move.
     *
     * @param event the fact event; null for the passing of time
     */
    public record Part(FactEvent event, OptionalDouble before, OptionalDouble after) {

        public boolean isTime() {
            return event == null;
        }

        /** The points this step added (negative: removed); empty when there is no score on one side. */
        public OptionalDouble points() {
            return difference(before, after);
        }

        public boolean moved() {
            return differs(before, after);
        }
    }

    /** The whole move in points; empty when there is no score on one side. */
    public OptionalDouble change() {
        return difference(before, after);
    }

    /** Whether the score moved, or appeared, or went away. */
    public boolean moved() {
        return differs(before, after);
    }

    /** The steps that moved the score, in order. */
    public List<Part> moves() {
        return parts.stream().filter(Part::moved).toList();
    }

    private static OptionalDouble difference(OptionalDouble before, OptionalDouble after) {
        return before.isPresent() && after.isPresent()
                ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble()) : OptionalDouble.empty();
    }

    private static boolean differs(OptionalDouble before, OptionalDouble after) {
        if (before.isPresent() != after.isPresent()) {
            return true;
        }
        return before.isPresent() && Math.abs(after.getAsDouble() - before.getAsDouble()) > SAME;
    }
}
