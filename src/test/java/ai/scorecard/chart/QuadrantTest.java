package ai.scorecard.chart;

import static ai.scorecard.chart.Fixtures.of;
import static ai.scorecard.chart.Fixtures.unknown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuadrantTest {

    private static Quadrant.Point only(Quadrant.Entry entry) {
        return Quadrant.of(List.of(entry), Locale.ENGLISH).points().get(0);
    }

    @Test
    void cornersAndCentreOfThePlot() {
        assertThat(only(Quadrant.Entry.of("a", "/a", of(-100), of(100), of(50))))
                .extracting(Quadrant.Point::x, Quadrant.Point::y).containsExactly("56.0", "16.0");
        assertThat(only(Quadrant.Entry.of("a", "/a", of(100), of(100), of(50))))
                .extracting(Quadrant.Point::x, Quadrant.Point::y).containsExactly("376.0", "16.0");
        assertThat(only(Quadrant.Entry.of("a", "/a", of(-100), of(0), of(50))))
                .extracting(Quadrant.Point::x, Quadrant.Point::y).containsExactly("56.0", "316.0");
        assertThat(only(Quadrant.Entry.of("a", "/a", of(100), of(0), of(50))))
                .extracting(Quadrant.Point::x, Quadrant.Point::y).containsExactly("376.0", "316.0");
        assertThat(only(Quadrant.Entry.of("a", "/a", of(0), of(50), of(50))))
                .extracting(Quadrant.Point::x, Quadrant.Point::y).containsExactly("216.0", "166.0");
    }

    @Test
    void theDividersMeetAtStyleZeroAndScoreFifty() {
        Quadrant chart = Quadrant.of(List.of(), Locale.ENGLISH);

        assertThat(chart.plot().midX()).isEqualTo("216.0");
        assertThat(chart.plot().midY()).isEqualTo("166.0");
        assertThat(chart.quadrants()).extracting(Quadrant.QuadrantLabel::byteDance, Quadrant.QuadrantLabel::high)
                .containsExactlyInAnyOrder(tuple(false, true), tuple(true, true), tuple(false, false), tuple(true, false));
    }

    @Test
    void positionsOutsideThePlotAreClampedOntoItsEdge() {
        Quadrant.Point p = only(Quadrant.Entry.of("a", "/a", of(180), of(-3), of(50)));

        assertThat(p).extracting(Quadrant.Point::x, Quadrant.Point::y).containsExactly("376.0", "316.0");
        assertThat(p.row().style()).isEqualTo("+100.0");
        assertThat(p.row().commercialization()).isEqualTo("0.0");
    }

    @Test
    void theRadiusGrowsWithCapabilityAndUnknownCapabilityIsASmallHollowPoint() {
        assertThat(only(Quadrant.Entry.of("a", "/a", of(0), of(50), of(0))).r()).isEqualTo("4.0");
        assertThat(only(Quadrant.Entry.of("a", "/a", of(0), of(50), of(50))).r()).isEqualTo("8.0");
        assertThat(only(Quadrant.Entry.of("a", "/a", of(0), of(50), of(100))).r()).isEqualTo("12.0");
        Quadrant.Point hollow = only(Quadrant.Entry.of("a", "/a", of(0), of(50), unknown()));
        assertThat(hollow.r()).isEqualTo("4.0");
        assertThat(hollow.capabilityKnown()).isFalse();
        assertThat(hollow.row().capability()).isNull();
    }

    @Test
    void aCompanyWithoutStyleOrCommercializationIsListedButNotPlotted() {
        Quadrant chart = Quadrant.of(List.of(
                Quadrant.Entry.of("Plotted", "/p", of(10), of(10), of(10)),
                Quadrant.Entry.of("No style", "/s", unknown(), of(10), of(10)),
                Quadrant.Entry.of("No score", "/c", of(10), unknown(), of(10))), Locale.ENGLISH);

        assertThat(chart.points()).extracting(Quadrant.Point::name).containsExactly("Plotted");
        assertThat(chart.rows()).extracting(Quadrant.Row::name, Quadrant.Row::plotted, Quadrant.Row::style,
                Quadrant.Row::commercialization).containsExactly(
                tuple("Plotted", true, "+10.0", "10.0"),
                tuple("No style", false, null, "10.0"),
                tuple("No score", false, "+10.0", null));
        assertThat(chart.notPlotted()).containsExactly("No style", "No score");
    }

    @Test
    void theLabelGoesRightOfThePointWhenThereIsRoom() {
        Quadrant.Point p = only(Quadrant.Entry.of("Alibaba", "/a", of(-48), of(40), of(50)));

        // Point at (56 + 52 × 1.6, 316 − 40 × 3) = (139.2, 196.0), radius 8: label 3 past its edge, baseline 4 below its centre.
        assertThat(p).extracting(Quadrant.Point::x, Quadrant.Point::y, Quadrant.Point::labelX, Quadrant.Point::labelY,
                Quadrant.Point::anchor).containsExactly("139.2", "196.0", "150.2", "200.0", "start");
    }

    @Test
    void aLabelThatWouldLeaveThePlotGoesLeft() {
        Quadrant.Point p = only(Quadrant.Entry.of("ByteDance", "/b", of(95), of(40), of(50)));

        assertThat(p.anchor()).isEqualTo("end");
        assertThat(Double.parseDouble(p.labelX())).isLessThan(Double.parseDouble(p.x()));
    }

    @Test
    void labelsOfPointsOnTopOfEachOtherAreNudgedApart() {
        List<Quadrant.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            entries.add(Quadrant.Entry.of("Company " + i, "/c" + i, of(40), of(60), of(50)));
        }
        Quadrant chart = Quadrant.of(entries, Locale.ENGLISH);

        assertThat(chart.points()).extracting(p -> p.labelX() + "/" + p.labelY() + "/" + p.anchor())
                .doesNotHaveDuplicates();
    }

    @Test
    void biggerPointsAreDrawnFirstSoSmallerOnesStayVisible() {
        Quadrant chart = Quadrant.of(List.of(
                Quadrant.Entry.of("small", "/s", of(10), of(10), unknown()),
                Quadrant.Entry.of("big", "/b", of(10), of(10), of(100))), Locale.ENGLISH);

        assertThat(chart.points()).extracting(Quadrant.Point::name).containsExactly("big", "small");
        assertThat(chart.rows()).extracting(Quadrant.Row::name).containsExactly("small", "big");
    }
}
