package ai.scorecard.chart;

import static ai.scorecard.chart.Fixtures.of;
import static ai.scorecard.chart.Fixtures.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DivergingBarsTest {

    private static DivergingBars.Row row(ScorePair pair, Locale locale) {
        return DivergingBars.of("Left", "Right", List.of(pair), locale).rows().get(0);
    }

    @Test
    void fiftyIsHalfTheHalfWidthOnEitherSideOfTheCentre() {
        DivergingBars.Row row = row(ScorePair.of("Monetization", of(50), of(50)), Locale.ENGLISH);

        // Axis at 200, 100 points = 150 units: 50 points = 75 units.
        assertThat(row.left().x()).isEqualTo("125.0");
        assertThat(row.left().width()).isEqualTo("75.0");
        assertThat(row.right().x()).isEqualTo("200.0");
        assertThat(row.right().width()).isEqualTo("75.0");
        assertThat(row.left().textX()).isEqualTo("121.0");
        assertThat(row.left().anchor()).isEqualTo("end");
        assertThat(row.right().textX()).isEqualTo("279.0");
        assertThat(row.right().anchor()).isEqualTo("start");
    }

    @Test
    void hundredReachesTheEdgeOfTheScaleAndZeroIsAnEmptyButKnownBar() {
        DivergingBars.Row row = row(ScorePair.of("Adoption", of(100), of(0)), Locale.ENGLISH);

        assertThat(row.left().x()).isEqualTo("50.0");
        assertThat(row.left().width()).isEqualTo("150.0");
        assertThat(row.right().known()).isTrue();
        assertThat(row.right().width()).isEqualTo("0.0");
        assertThat(row.right().value()).isEqualTo("0.0");
    }

    @Test
    void unknownDrawsNoBarButANoteAndNoLeader() {
        DivergingBars chart = DivergingBars.of("Left", "Right",
                List.of(ScorePair.of("Growth quality", unknown(), of(40))), Locale.ENGLISH);
        DivergingBars.Row row = chart.rows().get(0);

        assertThat(row.left().known()).isFalse();
        assertThat(row.left().value()).isNull();
        assertThat(row.left().width()).isEqualTo("0.0");
        assertThat(row.left().textX()).isEqualTo("196.0");
        assertThat(row.right().known()).isTrue();
        assertThat(row.leader()).isEqualTo(Leader.UNKNOWN);
        assertThat(row.leftLeads() || row.rightLeads() || row.tie()).isFalse();
        assertThat(chart.leftLeads()).isZero();
        assertThat(chart.rightLeads()).isZero();
    }

    @Test
    void valuesOutsideZeroToHundredAreClampedInTheBarAndInTheFigure() {
        DivergingBars.Row row = row(ScorePair.of("Execution", of(130), of(-5)), Locale.ENGLISH);

        assertThat(row.left().width()).isEqualTo("150.0");
        assertThat(row.left().value()).isEqualTo("100.0");
        assertThat(row.right().width()).isEqualTo("0.0");
        assertThat(row.right().value()).isEqualTo("0.0");
    }

    @Test
    void notANumberIsUnknown() {
        DivergingBars.Row row = row(ScorePair.of("Execution", of(Double.NaN), of(10)), Locale.ENGLISH);

        assertThat(row.left().known()).isFalse();
    }

    @Test
    void theLeaderIsMarkedOnItsSideAndDecidedOnTheFiguresShown() {
        DivergingBars chart = DivergingBars.of("Left", "Right", List.of(
                ScorePair.of("a", of(80), of(60)),
                ScorePair.of("b", of(20), of(60)),
                ScorePair.of("c", of(72.04), of(72.0))), Locale.ENGLISH);

        DivergingBars.Row left = chart.rows().get(0);
        assertThat(left.leftLeads()).isTrue();
        assertThat(left.leaderX()).isEqualTo("8.0");
        assertThat(left.leaderAnchor()).isEqualTo("start");
        DivergingBars.Row right = chart.rows().get(1);
        assertThat(right.rightLeads()).isTrue();
        assertThat(right.leaderX()).isEqualTo("392.0");
        assertThat(right.leaderAnchor()).isEqualTo("end");
        // 72.04 and 72.0 both read "72.0": a reader would see no leader, so there is none.
        assertThat(chart.rows().get(2).tie()).isTrue();
        assertThat(chart.leftLeads()).isEqualTo(1);
        assertThat(chart.rightLeads()).isEqualTo(1);
    }

    @Test
    void rowsStackDownwardsAndTheViewBoxGrowsWithThem() {
        DivergingBars one = DivergingBars.of("Left", "Right", List.of(ScorePair.of("a", of(1), of(2))), Locale.ENGLISH);
        DivergingBars two = DivergingBars.of("Left", "Right",
                List.of(ScorePair.of("a", of(1), of(2)), ScorePair.of("b", of(1), of(2))), Locale.ENGLISH);

        // Header 28 high with both names on one line; rows 44 high; 40 below for the ticks.
        assertThat(one.viewBox()).isEqualTo("0 0 400.0 112.0");
        assertThat(two.viewBox()).isEqualTo("0 0 400.0 156.0");
        assertThat(two.rows().get(1).barY()).isEqualTo("92.0");
        assertThat(two.axisBottom()).isEqualTo("116.0");
    }

    @Test
    void longNamesPutTheRightCompanyOnASecondLine() {
        DivergingBars short_ = DivergingBars.of("ByteDance", "Alibaba", List.of(), Locale.ENGLISH);
        DivergingBars long_ = DivergingBars.of("A company with a very long name indeed",
                "Another company with an even longer name", List.of(), Locale.ENGLISH);

        assertThat(short_.header().rightY()).isEqualTo(short_.header().leftY());
        assertThat(long_.header().rightY()).isEqualTo("36.0");
    }

    @Test
    void coordinatesUseADotWhateverTheLocaleButFiguresFollowIt() {
        DivergingBars.Row row = row(ScorePair.of("Monetization", of(72.5), of(33.3)), Locale.GERMANY);

        assertThat(row.left().x()).isEqualTo("91.3");
        assertThat(row.left().width()).isEqualTo("108.8");
        assertThat(row.left().value()).isEqualTo("72,5");
        assertThat(row.right().value()).isEqualTo("33,3");
    }
}
