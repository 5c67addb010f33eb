package ai.scorecard.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void aCoordinateHasOneDecimalADotAndNoNegativeZero() {
        assertThat(Svg.coord(12.25)).isEqualTo("12.3");
        assertThat(Svg.coord(-12.25)).isEqualTo("-12.3");
        assertThat(Svg.coord(-0.04)).isEqualTo("0.0");
        assertThat(Svg.coord(0)).isEqualTo("0.0");
        assertThat(Svg.coord(7)).isEqualTo("7.0");
        assertThat(Svg.coord(1234.96)).isEqualTo("1235.0");
    }

    @Test
    void aCoordinateReadsAsStringFormatWroteIt() {
        Random random = new Random(17);
        for (int i = 0; i < 100_000; i++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(5));
            assertThat(Svg.coord(value)).as("%s", value)
                    .isEqualTo(String.format(Locale.ROOT, "%.1f", Svg.round1(value)));
        }
    }

    @Test
    void aFigureIsInTheReadersLanguageWhicheverThreadAskedBefore() {
        assertThat(Svg.figure(1234.56, Locale.GERMANY)).isEqualTo("1234,6");
        assertThat(Svg.figure(1234.56, Locale.ENGLISH)).isEqualTo("1234.6");
        assertThat(Svg.signed(-0.04, Locale.ENGLISH)).isEqualTo("0.0");
        assertThat(Svg.signed(42, Locale.SIMPLIFIED_CHINESE)).isEqualTo("+42.0");
    }
}
