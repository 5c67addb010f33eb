package ai.scorecard.scoring;

import java.util.AbstractList;
import java.util.OptionalDouble;
import java.util.RandomAccess;

/**
 * A product's indicator scores, made when read from what scoring kept: its points and the reasons for the unknown
 * ones, its newest fact for each metric, its traits, and what every product of the lens shares (the indicators,
 * their effective weights). Standings hold 23 indicators for each of 10,000 products under each lens; as records
 * they took more of the heap than anything else.
 */
final class IndicatorScores extends AbstractList<IndicatorScore> implements RandomAccess {

    private final Indicator[] indicators;
    private final int[] metricOf;
    private final Trait[] traitOf;
    private final double[] effective;
    private final double[] callWeight;
    private final ProductInput product;
    private final Evidence[] newestByMetric;
    private final double[] points;
    private final Unknown[] reasons;
    /** Whether the product's evidence is enough for a score: only then do its indicators contribute. */
    private final boolean counted;
    private final double denominator;

    IndicatorScores(Indicator[] indicators, int[] metricOf, Trait[] traitOf, double[] effective, double[] callWeight,
            ProductInput product, Evidence[] newestByMetric, double[] points, Unknown[] reasons, boolean counted,
            double denominator) {
        this.indicators = indicators;
        this.metricOf = metricOf;
        this.traitOf = traitOf;
        this.effective = effective;
        this.callWeight = callWeight;
        this.product = product;
        this.newestByMetric = newestByMetric;
        this.points = points;
        this.reasons = reasons;
        this.counted = counted;
        this.denominator = denominator;
    }

    @Override
    public IndicatorScore get(int i) {
        boolean known = reasons[i] == null;
        boolean fact = metricOf[i] >= 0;
        return new IndicatorScore(indicators[i], known ? OptionalDouble.of(points[i]) : OptionalDouble.empty(),
                reasons[i], fact ? newestByMetric[metricOf[i]] : null, fact ? null : traitOf[i].read(product),
                effective[i], known && counted ? effective[i] * callWeight[i] * points[i] / denominator : 0);
    }

    /** Whether the indicator at this place is known, without making its record. */
    boolean known(int i) {
        return reasons[i] == null;
    }

    /** The points of a known indicator at this place, without making its record. */
    double points(int i) {
        return points[i];
    }

    @Override
    public int size() {
        return indicators.length;
    }
}
