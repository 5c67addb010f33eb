package ai.scorecard.fact;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a rank was counted: the unit of a rank, chosen from this list rather than typed, so that each
 * language names it in its own words (第 1 名（国内）, No. 1 in China). A fact stores the code in its unit.
 */
public enum RankScope {
    /** Among products or companies in China. */
    CHINA,
    /** Among products or companies anywhere. */
    WORLDWIDE,
    /** Within the product's niche (细分赛道). */
    NICHE,
    /** On a public benchmark's leaderboard. */
    BENCHMARK;

    /** The scope a stored unit names; none for a unit typed as free text before ranks had a list. */
    public static Optional<RankScope> of(String unit) {
        return Arrays.stream(values()).filter(scope -> scope.name().equals(unit)).findFirst();
    }
}
