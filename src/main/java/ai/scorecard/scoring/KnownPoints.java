package ai.scorecard.scoring;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The points each indicator of a methodology takes across all products where it is known: the
 * distribution a missing fact is drawn from when testing how much a verdict rests on missing data.
 * Points do not depend on the lens, so one set serves every lens of a version.
 */
public final class KnownPoints {

    private final double[][] byIndicator;

    private KnownPoints(double[][] byIndicator) {
        this.byIndicator = byIndicator;
    }

    /** From every product of the given companies, scored under one methodology. */
    public static KnownPoints of(Collection<CompanyScore> companies) {
        int indicators = companies.stream().flatMap(company -> company.products().stream())
                .mapToInt(contribution -> contribution.product().indicators().size()).findFirst().orElse(0);
        double[][] points = new double[indicators][];
        int[] counts = new int[indicators];
        for (int i = 0; i < indicators; i++) {
            points[i] = new double[16];
        }
        for (CompanyScore company : companies) {
            for (Contribution contribution : company.products()) {
                List<IndicatorScore> scores = contribution.product().indicators();
                // Read from the scores' arrays when they are kept so: a record per indicator and product is
                // 230,000 records on the large dataset, made again after every write.
                IndicatorScores compact = scores instanceof IndicatorScores kept ? kept : null;
                for (int i = 0; i < indicators; i++) {
                    boolean known = compact != null ? compact.known(i) : scores.get(i).known();
                    if (known) {
                        if (counts[i] == points[i].length) {
                            points[i] = Arrays.copyOf(points[i], 2 * counts[i]);
                        }
                        points[i][counts[i]++] = compact != null ? compact.points(i)
                                : scores.get(i).points().getAsDouble();
                    }
                }
            }
        }
        for (int i = 0; i < indicators; i++) {
            points[i] = Arrays.copyOf(points[i], counts[i]);
        }
        return new KnownPoints(points);
    }

    /** The known points of the indicator at this place in the methodology; empty when it is known nowhere. */
    double[] of(int indicator) {
        return indicator < byIndicator.length ? byIndicator[indicator] : new double[0];
    }

    /** How many products know the indicator at this place in the methodology. */
    public int count(int indicator) {
        return of(indicator).length;
    }
}
