package ai.scorecard.scoring;

/**
 * How firmly one company leads another when the facts nobody has recorded are filled in at random: see
 * {@link MissingFactsCheck}.
 *
 * @param filled           how many unknown indicators of the two companies' scored products were drawn;
 *                         0 means the verdict rests on no missing fact that could be drawn
 * @param leaderAheadShare the share of the draws in which the leader stays strictly ahead
 */
public record MissingFactsRobustness(String leader, String trailer, int draws, int filled, double leaderAheadShare) {

    /**
     * The share as a percentage with one decimal, rounded down, so that 100.0 is only ever shown when the
     * leader stayed ahead in every draw (1,993 of 2,000 reads 99.6, not 100).
     */
    public double leaderAheadPercent() {
        return Math.floor(leaderAheadShare * 1000) / 10;
    }

    /** Whether some draws put the trailer ahead: the verdict then rests on facts nobody has recorded. */
    public boolean restsOnMissingFacts() {
        return leaderAheadShare < 1;
    }
}
