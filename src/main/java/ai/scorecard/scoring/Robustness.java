package ai.scorecard.scoring;

import java.util.List;
import java.util.Optional;

/**
 * How firmly one company leads another under a lens; see {@link RobustnessCheck}.
 *
 * @param leader           the company ahead under the lens (the first one on a tie)
 * @param samples          how many weightings around the lens were tried
 * @param leaderAheadShare the share of those in which the leader stays strictly ahead
 * @param flips            for each dimension and direction in which a change of that one dimension's share reverses
 *                         the order, the share at which it does; smallest change first
 */
public record Robustness(String leader, String trailer, double leaderOverall, double trailerOverall, int samples,
        double leaderAheadShare, List<Flip> flips) {

    /** The single-dimension change that reverses the order with the least change, if any does. */
    public Optional<Flip> smallestFlip() {
        return flips.isEmpty() ? Optional.empty() : Optional.of(flips.get(0));
    }

    /**
     * @param currentShare   the dimension's share of the lens now
     * @param thresholdShare the share beyond which (in the given direction) the trailer is ahead
     */
    public record Flip(Dimension dimension, double currentShare, double thresholdShare, Direction direction) {

        public enum Direction {
            ABOVE,
            BELOW
        }

        public double change() {
            return Math.abs(thresholdShare - currentShare);
        }
    }
}
