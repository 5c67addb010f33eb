package ai.scorecard.chart;

import static ai.scorecard.chart.Fixtures.of;
import static ai.scorecard.chart.Fixtures.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StyleScaleTest {

    @Test
    void minusHundredZeroAndPlusHundredSitAtTheStartMiddleAndEndOfTheScale() {
        StyleScale scale = StyleScale.of(List.of(StyleScale.Entry.of("Alibaba", of(-100)),
                StyleScale.Entry.of("Neutral", of(0)), StyleScale.Entry.of("ByteDance", of(100))), Locale.ENGLISH);

        assertThat(scale.axisX1()).isEqualTo("40.0");
        assertThat(scale.axisX2()).isEqualTo("360.0");
        assertThat(scale.placed()).extracting(StyleScale.Marker::x).containsExactly("40.0", "200.0", "360.0");
        assertThat(scale.placed()).extracting(StyleScale.Marker::value).containsExactly("-100.0", "0.0", "+100.0");
        assertThat(scale.ticks()).extracting(StyleScale.Tick::x).containsExactly("40.0", "120.0", "200.0", "280.0", "360.0");
        assertThat(scale.ticks()).extracting(StyleScale.Tick::label).containsExactly("-100", "-50", "0", "+50", "+100");
    }

    @Test
    void positionsBeyondTheScaleAreClamped() {
        StyleScale scale = StyleScale.of(List.of(StyleScale.Entry.of("Far", of(250)), StyleScale.Entry.of("Off", of(-101))),
                Locale.ENGLISH);

        assertThat(scale.placed()).extracting(StyleScale.Marker::x).containsExactly("360.0", "40.0");
        assertThat(scale.placed()).extracting(StyleScale.Marker::value).containsExactly("+100.0", "-100.0");
    }

    @Test
    void anUnknownPositionIsListedUnderTheScaleNotPlacedAtZero() {
        StyleScale scale = StyleScale.of(List.of(StyleScale.Entry.of("Known", of(20)), StyleScale.Entry.of("Unknown", unknown())),
                Locale.ENGLISH);

        assertThat(scale.placed()).extracting(StyleScale.Marker::name).containsExactly("Known");
        assertThat(scale.unknown()).extracting(StyleScale.Marker::name).containsExactly("Unknown");
        StyleScale.Marker unknown = scale.unknown().get(0);
        assertThat(unknown.known()).isFalse();
        assertThat(unknown.value()).isNull();
        assertThat(unknown.x()).isNotEqualTo(scale.centreX());
        assertThat(Double.parseDouble(unknown.y())).isGreaterThan(Double.parseDouble(scale.axisY()));
        assertThat(scale.all()).extracting(StyleScale.Marker::name).containsExactly("Known", "Unknown");
    }

    @Test
    void theComparedCompaniesDifferInShapeAndColour() {
        StyleScale scale = StyleScale.of(List.of(StyleScale.Entry.of("A", of(-60)), StyleScale.Entry.of("B", of(60))),
                Locale.ENGLISH);

        StyleScale.Marker a = scale.placed().get(0);
        StyleScale.Marker b = scale.placed().get(1);
        assertThat(a.shape()).contains(" a");      // a circle: two arcs
        assertThat(b.shape()).contains(" h");      // a square
        assertThat(a.colour()).isNotEqualTo(b.colour());
    }

    @Test
    void labelsThatWouldOverlapGoUpALevel() {
        StyleScale apart = StyleScale.of(List.of(StyleScale.Entry.of("ByteDance", of(-80)),
                StyleScale.Entry.of("Alibaba", of(80))), Locale.ENGLISH);
        StyleScale close = StyleScale.of(List.of(StyleScale.Entry.of("ByteDance", of(50)),
                StyleScale.Entry.of("Alibaba", of(52))), Locale.ENGLISH);

        assertThat(apart.placed().get(0).labelY()).isEqualTo(apart.placed().get(1).labelY());
        assertThat(apart.axisY()).isEqualTo("34.0");
        assertThat(close.placed().get(0).labelY()).isNotEqualTo(close.placed().get(1).labelY());
        assertThat(close.axisY()).isEqualTo("49.0");
        assertThat(close.placed()).extracting(StyleScale.Marker::x).containsExactly("280.0", "283.2");
    }
}
