package ai.scorecard.methodology;

import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.Indicator;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.Methodology;
import ai.scorecard.scoring.Rubric;
import ai.scorecard.scoring.StyleTrait;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The methodology arranged for reading: dimensions in order, each with its indicators, their share of
 * the dimension and their effective weight under the official lens, so a reader need not do the sums;
 * levels listed best first.
 */
public record MethodologyPage(List<DimensionRow> dimensions, List<Dimension> lensDimensions, List<LensRow> lenses,
        List<StyleRow> styleTraits) {

    public record DimensionRow(Dimension dimension, double officialShare, List<IndicatorRow> indicators) {
    }

    public record IndicatorRow(Indicator indicator, double shareOfDimension, double officialWeight,
            List<Map.Entry<String, Double>> levels) {
    }

    public record LensRow(Lens lens, List<Double> shares) {
    }

    public record StyleRow(StyleTrait trait, List<Map.Entry<String, Double>> positions) {
    }

    static MethodologyPage of(Methodology methodology) {
        Lens official = methodology.official();
        List<Dimension> weighed = List.of(Dimension.MONETIZATION, Dimension.ADOPTION, Dimension.GROWTH_QUALITY,
                Dimension.WORKFLOW_INTEGRATION, Dimension.EXECUTION);
        List<DimensionRow> dimensions = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            List<Indicator> indicators = methodology.indicators().stream()
                    .filter(indicator -> indicator.dimension() == dimension).toList();
            double dimensionWeight = indicators.stream().mapToDouble(Indicator::weight).sum();
            double share = weighed.contains(dimension) ? official.share(dimension) : 0;
            List<IndicatorRow> rows = indicators.stream()
                    .map(indicator -> new IndicatorRow(indicator, indicator.weight() / dimensionWeight,
                            share * indicator.weight() / dimensionWeight, levels(indicator.rubric())))
                    .toList();
            dimensions.add(new DimensionRow(dimension, share, rows));
        }
        List<LensRow> lenses = methodology.lenses().stream()
                .map(lens -> new LensRow(lens, weighed.stream().map(lens::share).toList()))
                .toList();
        List<StyleRow> style = methodology.styleTraits().stream()
                .map(trait -> new StyleRow(trait, bestFirst(trait.positionByLevel())))
                .toList();
        return new MethodologyPage(dimensions, weighed, lenses, style);
    }

    private static List<Map.Entry<String, Double>> levels(Rubric rubric) {
        return rubric instanceof Rubric.Levels levels ? bestFirst(levels.pointsByLevel()) : List.of();
    }

    private static List<Map.Entry<String, Double>> bestFirst(Map<String, Double> byLevel) {
        return byLevel.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }
}
