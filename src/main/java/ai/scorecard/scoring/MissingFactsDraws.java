package ai.scorecard.scoring;

/**
 * One company's scores with the facts nobody recorded drawn, {@link MissingFactsCheck#DRAWS} times, and how many
 * facts each draw fills: what comparing it with any other company needs (see {@link Scorer#missingFactsDraws}).
 */
public final class MissingFactsDraws {

    final double[] scores;
    final int filled;

    MissingFactsDraws(double[] scores, int filled) {
        this.scores = scores;
        this.filled = filled;
    }
}
