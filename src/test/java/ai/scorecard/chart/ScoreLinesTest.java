package ai.scorecard.chart;

import static ai.scorecard.chart.Fixtures.of;
import static ai.scorecard.chart.Fixtures.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoreLinesTest {

    private static ScoreLines.Day day(String date, boolean monthEnd, java.util.OptionalDouble... scores) {
        return new ScoreLines.Day(LocalDate.parse(date), monthEnd, !monthEnd, 2, List.of(scores));
    }

    @Test
    void daysArePlacedByTimeAndScoresFromTheBottomUp() {
        ScoreLines chart = ScoreLines.of(List.of("ByteDance"), List.of(day("2026-01-01", false, of(0)),
                day("2026-01-31", true, of(50)), day("2026-03-02", false, of(100))), false, Locale.ENGLISH);

        assertThat(chart.lines().get(0).segments()).containsExactly("34.0,192.0 209.0,112.0 384.0,32.0");
        assertThat(chart.lines().get(0).marks()).hasSize(3);
        assertThat(chart.rows()).extracting(ScoreLines.Row::date)
                .containsExactly("1 January 2026", "31 January 2026", "2 March 2026");
        assertThat(chart.rows()).extracting(row -> row.figures().get(0)).containsExactly("0.0", "50.0", "100.0");
    }

    @Test
    void anUnknownScoreBreaksTheLineAndIsNeitherAMarkNorZero() {
        ScoreLines chart = ScoreLines.of(List.of("ByteDance"), List.of(day("2026-01-01", false, of(40)),
                day("2026-01-31", true, of(50)), day("2026-02-28", true, unknown()), day("2026-03-31", true, of(60))),
                false, Locale.ENGLISH);

        ScoreLines.Line line = chart.lines().get(0);
        assertThat(line.segments()).hasSize(2);
        assertThat(line.segments().get(1)).as("a lone known point after the gap").doesNotContain(" ");
        assertThat(line.marks()).hasSize(3);
        assertThat(String.join(" ", line.segments())).doesNotContain(",192.0");
        assertThat(chart.rows().get(2).figures()).containsExactly((String) null);
    }

    @Test
    void aSingleDaySitsInTheMiddleAndTheSecondLineIsDashed() {
        ScoreLines chart = ScoreLines.of(List.of("ByteDance", "Alibaba"),
                List.of(day("2026-12-01", false, of(61.84), unknown())), true, Locale.forLanguageTag("zh-CN"));

        assertThat(chart.lines().get(0).segments()).containsExactly("209.0,93.1");
        assertThat(chart.lines().get(1).dashed()).isTrue();
        assertThat(chart.lines().get(1).segments()).isEmpty();
        assertThat(chart.rows().get(0).date()).isEqualTo("2026年12月1日");
        assertThat(chart.rows().get(0).figures()).containsExactly("61.8", null);
        assertThat(chart.xTicks()).extracting(ScoreLines.Tick::label).containsExactly("2026年12月");
    }

    @Test
    void withManyDaysOnlyALonePointIsMarked() {
        List<ScoreLines.Day> days = new java.util.ArrayList<>();
        for (int d = 0; d < 100; d++) {
            days.add(day(LocalDate.of(2026, 1, 1).plusDays(d).toString(), false, d == 97 ? unknown() : of(50)));
        }
        days.set(98, day("2026-04-09", false, unknown()));

        ScoreLines chart = ScoreLines.of(List.of("ByteDance"), days, false, Locale.ENGLISH);

        assertThat(chart.lines().get(0).segments()).hasSize(2);
        assertThat(chart.lines().get(0).marks()).as("the last day alone after two gaps").hasSize(1);
        assertThat(chart.rows()).hasSize(100);
    }
}
