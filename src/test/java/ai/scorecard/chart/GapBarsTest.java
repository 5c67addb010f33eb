package ai.scorecard.chart;

import static ai.scorecard.chart.Fixtures.of;
import static ai.scorecard.chart.Fixtures.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GapBarsTest {

    private static GapBars.Company company(GapBars.Entry entry) {
        return GapBars.of(List.of(entry), Locale.ENGLISH).companies().get(0);
    }

    @Test
    void barsRunFromTheLeftAtThreeUnitsAPointAndTheGapIsCapabilityMinusCommercialization() {
        GapBars.Company c = company(GapBars.Entry.of("Alibaba", of(90), of(40)));

        assertThat(c.capability().x()).isEqualTo("8.0");
        assertThat(c.capability().width()).isEqualTo("270.0");
        assertThat(c.commercialization().width()).isEqualTo("120.0");
        assertThat(c.capability().value()).isEqualTo("90.0");
        assertThat(c.commercialization().value()).isEqualTo("40.0");
        assertThat(c.gap()).isEqualTo("+50.0");
        assertThat(c.markX()).isEqualTo("278.0");
        // The commercialization figure goes after the gap mark, not under it.
        assertThat(c.commercialization().textX()).isEqualTo("282.0");
        assertThat(c.capability().textX()).isEqualTo("282.0");
    }

    @Test
    void fiftyIsHalfTheScaleAndANegativeGapKeepsItsSign() {
        GapBars.Company c = company(GapBars.Entry.of("ByteDance", of(50), of(100)));

        assertThat(c.capability().width()).isEqualTo("150.0");
        assertThat(c.commercialization().width()).isEqualTo("300.0");
        assertThat(c.gap()).isEqualTo("-50.0");
        assertThat(c.commercialization().textX()).isEqualTo("312.0");
    }

    @Test
    void theGapIsTheDifferenceOfTheFiguresShown() {
        GapBars.Company c = company(GapBars.Entry.of("X", of(72.04), of(41.46)));

        assertThat(c.capability().value()).isEqualTo("72.0");
        assertThat(c.commercialization().value()).isEqualTo("41.5");
        assertThat(c.gap()).isEqualTo("+30.5");
    }

    @Test
    void unknownDrawsNoBarAndLeavesTheGapUnknown() {
        GapBars.Company c = company(GapBars.Entry.of("Zhipu", unknown(), of(30)));

        assertThat(c.capability().known()).isFalse();
        assertThat(c.capability().value()).isNull();
        assertThat(c.capability().width()).isEqualTo("0.0");
        assertThat(c.commercialization().known()).isTrue();
        assertThat(c.gapKnown()).isFalse();
        assertThat(c.gap()).isNull();
        assertThat(c.markX()).isNull();
    }

    @Test
    void scoresAreClampedBeforeTheGapIsTaken() {
        GapBars.Company c = company(GapBars.Entry.of("X", of(140), of(-20)));

        assertThat(c.capability().width()).isEqualTo("300.0");
        assertThat(c.commercialization().width()).isEqualTo("0.0");
        assertThat(c.gap()).isEqualTo("+100.0");
    }

    @Test
    void companiesStackDownwards() {
        GapBars chart = GapBars.of(List.of(GapBars.Entry.of("A", of(1), of(1)), GapBars.Entry.of("B", of(1), of(1))),
                Locale.ENGLISH);

        // A legend 44 high, then 62 a company.
        assertThat(chart.companies()).extracting(GapBars.Company::nameY).containsExactly("58.0", "120.0");
        assertThat(chart.companies()).extracting(c -> c.capability().y()).containsExactly("64.0", "126.0");
        assertThat(chart.viewBox()).isEqualTo("0 0 400.0 190.0");
        assertThat(chart.ticks()).extracting(GapBars.Tick::x).containsExactly("8.0", "83.0", "158.0", "233.0", "308.0");
    }
}
