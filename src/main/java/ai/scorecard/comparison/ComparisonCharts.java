package ai.scorecard.comparison;

import ai.scorecard.chart.DivergingBars;
import ai.scorecard.chart.GapBars;
import ai.scorecard.chart.Quadrant;
import ai.scorecard.chart.Radar;
import ai.scorecard.chart.ScorePair;
import ai.scorecard.chart.StyleScale;
import ai.scorecard.scoreboard.Standings;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns comparisons and standings into the charts the pages draw, with labels in the reader's language. */
@Component
@RequiredArgsConstructor
class ComparisonCharts {

    private final MessageSource messages;

    /** The charts of the comparison page. */
    public record Set(DivergingBars bars, Radar radar, StyleScale style, GapBars gaps) {
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
                        locale));
    }

    /** Every company between the playbooks. */
    Quadrant map(Standings standings, Locale locale) {
        return Quadrant.of(standings.scoredCompanies().stream()
                .map(entry -> Quadrant.Entry.of(entry.company().name(locale), "/companies/" + entry.company().getSlug(),
                        entry.score().styleIndex(), entry.score().overall(), entry.score().modelCapability()))
                .toList(), locale);
    }
}
