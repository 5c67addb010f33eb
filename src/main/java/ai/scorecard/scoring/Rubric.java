package ai.scorecard.scoring;

import java.util.Map;
import java.util.Objects;

/**
 * How an indicator turns what it reads into 0–100 points. Numeric rubrics read a fact's value under
 * its qualifier (see {@link Grading}); {@link Levels} reads a level or a trait.
 */
public sealed interface Rubric permits Rubric.LogScale, Rubric.Linear, Rubric.RankPoints, Rubric.Levels {

    /**
     * Revenue and user counts span orders of magnitude, so each tenfold step between the anchors is
     * worth the same: at or below {@code low} 0, at or above {@code high} 100, log10-linear between.
     */
    record LogScale(double low, double high) implements Rubric {

        public LogScale {
            if (!(low > 0 && high > low && Double.isFinite(high))) {
                throw new IllegalArgumentException("A log scale needs 0 < low < high, not " + low + "…" + high);
            }
        }

        double pointsAt(double value) {
            if (value <= low) {
                return 0;
            }
            if (value >= high) {
                return 100;
            }
            return 100 * (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
        }
    }

    /** For shares such as retention: at or below {@code low} 0, at or above {@code high} 100, linear between. */
    record Linear(double low, double high) implements Rubric {

        public Linear {
            if (!(Double.isFinite(low) && Double.isFinite(high) && high > low)) {
                throw new IllegalArgumentException("A linear scale needs low < high, not " + low + "…" + high);
            }
        }

        double pointsAt(double value) {
            if (value <= low) {
                return 0;
            }
            if (value >= high) {
                return 100;
            }
            return 100 * (value - low) / (high - low);
        }
    }

    /** Rank 1 earns 100 and each place further down loses the same points, never below 0. */
    record RankPoints(double pointsLostPerPlace) implements Rubric {

        public RankPoints {
            if (!(pointsLostPerPlace > 0 && Double.isFinite(pointsLostPerPlace))) {
                throw new IllegalArgumentException("Points lost per place must be positive, not " + pointsLostPerPlace);
            }
        }

        /** NaN below rank 1: such a rank is an entry error, and must not earn full points. */
        double pointsAt(double rank) {
            if (!(rank >= 1)) {
                return Double.NaN;
            }
            return Math.max(0, 100 - (rank - 1) * pointsLostPerPlace);
        }
    }

    /** Points for each level (or trait value); a level not listed is unknown, not zero. */
    record Levels(Map<String, Double> pointsByLevel) implements Rubric {

        public Levels {
            Objects.requireNonNull(pointsByLevel, "pointsByLevel");
            if (pointsByLevel.isEmpty()) {
                throw new IllegalArgumentException("A levels rubric needs at least one level");
            }
            pointsByLevel.forEach((level, points) -> {
                if (level == null || points == null || !(points >= 0 && points <= 100)) {
                    throw new IllegalArgumentException("Level points lie in 0…100: " + level + " → " + points);
                }
            });
            pointsByLevel = Map.copyOf(pointsByLevel);
        }

        /** NaN when the level is not on the rubric. */
        double pointsOf(String level) {
            Double points = level == null ? null : pointsByLevel.get(level);
            return points == null ? Double.NaN : points;
        }
    }
}
