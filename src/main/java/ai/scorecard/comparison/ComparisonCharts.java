package ai.scorecard.comparison;

import ai.scorecard.chart.DivergingBars;
import ai.scorecard.chart.Figures;
import ai.scorecard.chart.GapBars;
import ai.scorecard.chart.Quadrant;
import ai.scorecard.chart.Radar;
import ai.scorecard.chart.RangeBars;
import ai.scorecard.chart.ScorePair;
import ai.scorecard.chart.StyleScale;
import ai.scorecard.chart.Wording;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoring.Interval;
import ai.scorecard.web.WideCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns comparisons and standings into the charts the pages draw, with labels in the reader's language. */
@Component
@RequiredArgsConstructor
class ComparisonCharts {

    private final MessageSource messages;

    /** The charts of the comparison page. */
    public record Set(DivergingBars bars, Radar radar, StyleScale style, GapBars gaps, RangeBars ranges) {
    }

    /** The charts of the comparison page as HTML, each a figure with its table (see {@link Figures}). */
    public record Drawn(String bars, String radar, String style, String gaps, String ranges) {
    }

    /** The comparison page's charts, drawn. */
    Drawn drawn(Comparison comparison, Locale locale) {
        Set charts = of(comparison, locale);
        Wording words = (key, arguments) -> messages.getMessage(key, arguments, locale);
        // An English chart's few wide characters (▲, –) as references: the comparison is then one byte a character.
        return new Drawn(
                WideCharacters.asReferences(
                        Figures.divergingBars(charts.bars(), "compare-bars", words.of("compare.chart.bars"), words)),
                WideCharacters.asReferences(
                        Figures.radar(charts.radar(), "compare-radar", words.of("compare.chart.radar"), words)),
                WideCharacters.asReferences(
                        Figures.styleScale(charts.style(), "compare-style", words.of("compare.chart.style"), words)),
                WideCharacters.asReferences(
                        Figures.gapBars(charts.gaps(), "compare-gap", words.of("compare.chart.gap"), words)),
                WideCharacters.asReferences(
                        Figures.rangeBars(charts.ranges(), "compare-ranges", words.of("compare.chart.ranges"), words)));
    }

    Set of(Comparison comparison, Locale locale) {
        List<ScorePair> dimensions = comparison.dimensions().stream()
                .map(row -> ScorePair.of(messages.getMessage("dimension." + row.dimension(), null, locale),
                        row.left(), row.right()))
                .toList();
        Comparison.Side left = comparison.left();
        Comparison.Side right = comparison.right();
        return new Set(DivergingBars.of(left.name(), right.name(), dimensions, locale),
                Radar.of(left.name(), right.name(), dimensions, locale),
                StyleScale.of(List.of(StyleScale.Entry.of(left.name(), left.score().styleIndex()),
                        StyleScale.Entry.of(right.name(), right.score().styleIndex())), locale),
                GapBars.of(List.of(
                        GapBars.Entry.of(left.name(), left.score().modelCapability(), left.score().overall()),
                        GapBars.Entry.of(right.name(), right.score().modelCapability(), right.score().overall())),
                        locale),
                RangeBars.of(ranges(comparison), locale));
    }

    /** Each company's score and range, followed by those of its best-scored products. */
    private static List<RangeBars.Entry> ranges(Comparison comparison) {
        List<RangeBars.Entry> entries = new ArrayList<>();
        for (Comparison.Side side : List.of(comparison.left(), comparison.right())) {
            entries.add(entry(side.name(), true, side.score().overall(), side.score().evidenceOnly(),
                    side.score().interval()));
            for (Comparison.NamedProduct product : side.best()) {
                entries.add(entry(product.name(), false, product.score().overall(), product.score().evidenceOnly(),
                        product.score().interval()));
            }
        }
        return entries;
    }

    private static RangeBars.Entry entry(String name, boolean company, OptionalDouble estimate,
            OptionalDouble evidenceOnly, Optional<Interval> interval) {
        return new RangeBars.Entry(name, company, estimate, evidenceOnly,
                interval.map(i -> OptionalDouble.of(i.low())).orElse(OptionalDouble.empty()),
                interval.map(i -> OptionalDouble.of(i.high())).orElse(OptionalDouble.empty()));
    }

    /** Every company between the playbooks. */
    Quadrant map(Standings standings, Locale locale) {
        return Quadrant.of(standings.scoredCompanies().stream()
                .map(entry -> Quadrant.Entry.of(entry.company().name(locale), "/companies/" + entry.company().getSlug(),
                        entry.score().styleIndex(), entry.score().overall(), entry.score().modelCapability()))
                .toList(), locale);
    }
}
