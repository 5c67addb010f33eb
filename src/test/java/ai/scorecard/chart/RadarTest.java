package ai.scorecard.chart;

import static ai.scorecard.chart.Fixtures.of;
import static ai.scorecard.chart.Fixtures.unknown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RadarTest {

    /** Four short labels: top, right, bottom, left. */
    private static Radar square(ScorePair... pairs) {
        return Radar.of("Left", "Right", List.of(pairs), Locale.ENGLISH);
    }

    @Test
    void hundredOnTheTopAxisIsOneRadiusAboveTheCentre() {
        Radar radar = square(ScorePair.of("a", of(100), of(25)), ScorePair.of("b", of(50), of(25)),
                ScorePair.of("c", of(0), of(25)), ScorePair.of("d", of(100), of(25)));

        // Legend 44 + 6 of space; the top label's line reaches 126 above the centre (112 out, 14 a line).
        assertThat(radar.cx()).isEqualTo("200.0");
        assertThat(radar.cy()).isEqualTo("176.0");
        assertThat(radar.left().markers()).extracting(Radar.Marker::x, Radar.Marker::y).containsExactly(
                tuple("200.0", "76.0"),   // 100 straight up
                tuple("250.0", "176.0"),  // 50 to the right
                tuple("200.0", "176.0"),  // 0 at the centre
                tuple("100.0", "176.0")); // 100 to the left
        assertThat(radar.axes()).extracting(Radar.Axis::x2, Radar.Axis::y2)
                .containsExactly(tuple("200.0", "76.0"), tuple("300.0", "176.0"), tuple("200.0", "276.0"),
                        tuple("100.0", "176.0"));
    }

    @Test
    void allKnownMakesOneClosedPolygon() {
        Radar radar = square(ScorePair.of("a", of(100), of(25)), ScorePair.of("b", of(50), of(25)),
                ScorePair.of("c", of(0), of(25)), ScorePair.of("d", of(100), of(25)));

        assertThat(radar.left().closed()).isTrue();
        assertThat(radar.left().outlines()).containsExactly("200.0,76.0 250.0,176.0 200.0,176.0 100.0,176.0");
        assertThat(radar.right().outlines()).containsExactly("200.0,151.0 225.0,176.0 200.0,201.0 175.0,176.0");
    }

    @Test
    void gridlinesAtQuarters() {
        Radar radar = square(ScorePair.of("a", of(1), of(1)), ScorePair.of("b", of(1), of(1)),
                ScorePair.of("c", of(1), of(1)), ScorePair.of("d", of(1), of(1)));

        assertThat(radar.grid()).extracting(Radar.Grid::label).containsExactly("25", "50", "75", "100");
        assertThat(radar.grid().get(3).points()).isEqualTo("200.0,76.0 300.0,176.0 200.0,276.0 100.0,176.0");
        assertThat(radar.grid().get(0).points()).isEqualTo("200.0,151.0 225.0,176.0 200.0,201.0 175.0,176.0");
    }

    @Test
    void anUnknownScoreBreaksTheOutlineAndIsNamedAtItsAxis() {
        Radar radar = square(ScorePair.of("a", of(100), of(25)), ScorePair.of("b", of(50), of(25)),
                ScorePair.of("c", unknown(), of(25)), ScorePair.of("d", of(100), of(25)));

        assertThat(radar.left().closed()).isFalse();
        // The known points run round from after the gap: d, a, b; no line across c.
        assertThat(radar.left().outlines()).containsExactly("100.0,176.0 200.0,76.0 250.0,176.0");
        assertThat(radar.left().markers()).extracting(Radar.Marker::axis).containsExactly(0, 1, 3);
        assertThat(radar.axes().get(2).leftValue()).isNull();
        assertThat(radar.axes().get(2).lines()).extracting(Radar.Line::text, Radar.Line::unknown)
                .containsExactly(tuple("c", null), tuple(null, Side.LEFT));
        assertThat(radar.right().closed()).isTrue();
    }

    @Test
    void isolatedKnownPointsAreMarkersWithoutLines() {
        Radar radar = square(ScorePair.of("a", of(100), unknown()), ScorePair.of("b", unknown(), unknown()),
                ScorePair.of("c", of(40), unknown()), ScorePair.of("d", unknown(), unknown()));

        assertThat(radar.left().outlines()).isEmpty();
        assertThat(radar.left().markers()).hasSize(2);
        assertThat(radar.right().outlines()).isEmpty();
        assertThat(radar.right().markers()).isEmpty();
    }

    @Test
    void scoresAreClampedOntoTheRim() {
        Radar radar = square(ScorePair.of("a", of(250), of(-10)), ScorePair.of("b", of(1), of(1)),
                ScorePair.of("c", of(1), of(1)), ScorePair.of("d", of(1), of(1)));

        assertThat(radar.left().markers().get(0).y()).isEqualTo("76.0");
        assertThat(radar.left().markers().get(0).value()).isEqualTo("100.0");
        assertThat(radar.right().markers().get(0).y()).isEqualTo("176.0");
    }

    @Test
    void longLabelsWrapAndTheUpperOnesPushTheChartDown() {
        Radar plain = square(ScorePair.of("a", of(1), of(1)), ScorePair.of("b", of(1), of(1)),
                ScorePair.of("c", of(1), of(1)), ScorePair.of("d", of(1), of(1)));
        Radar wrapped = square(ScorePair.of("a label far too long to stand on one line above the chart", of(1), of(1)),
                ScorePair.of("b", of(1), of(1)), ScorePair.of("c", of(1), of(1)), ScorePair.of("d", of(1), of(1)));

        int lines = wrapped.axes().get(0).lines().size();
        assertThat(lines).isGreaterThan(1);
        assertThat(wrapped.centreY()).isEqualTo(plain.centreY() + 14 * (lines - 1));
    }

    @Test
    void aRadarNeedsThreeAxes() {
        assertThatThrownBy(() -> square(ScorePair.of("a", of(1), of(1)), ScorePair.of("b", of(1), of(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
