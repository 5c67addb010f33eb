package ai.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.scorecard.fact.Metric;
import ai.scorecard.catalog.Weight;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodologyTest {

    private final Methodology versionOne = MethodologyFixtures.versionOne();

    @Test
    void versionOneCoversEveryDimensionAndItsLensesSumToOne() {
        for (Dimension dimension : Dimension.values()) {
            assertThat(versionOne.indicators()).as(dimension.name()).anyMatch(indicator -> indicator.dimension() == dimension);
        }
        assertThat(versionOne.lenses()).extracting(Lens::code)
                .containsExactly(Lens.OFFICIAL, Lens.MONETIZATION_FIRST, Lens.GROWTH_FIRST, Lens.CAPABILITY_FIRST);
        for (Lens lens : versionOne.lenses()) {
            assertThat(lens.dimensionWeights().values().stream().mapToDouble(Double::doubleValue).sum())
                    .as(lens.code()).isCloseTo(1, within(1e-12));
        }
        Lens official = versionOne.official();
        assertThat(official.share(Dimension.MONETIZATION)).isCloseTo(0.30, within(1e-12));
        assertThat(official.share(Dimension.ADOPTION)).isCloseTo(0.20, within(1e-12));
        assertThat(official.share(Dimension.GROWTH_QUALITY)).isCloseTo(0.20, within(1e-12));
        assertThat(official.share(Dimension.WORKFLOW_INTEGRATION)).isCloseTo(0.15, within(1e-12));
        assertThat(official.share(Dimension.EXECUTION)).isCloseTo(0.15, within(1e-12));
        assertThat(versionOne.lens("nonexistent")).isEmpty();
    }

    @Test
    void readsEveryTraitAndTheStyleTraitsOfTheBrief() {
        for (Trait trait : Trait.values()) {
            assertThat(versionOne.indicators()).as(trait.name()).anyMatch(indicator -> indicator.signal() == trait);
        }
        assertThat(versionOne.styleTraits()).extracting(trait -> trait.signal().code()).containsExactly(
                "trait:MONETIZATION_AT_LAUNCH", "trait:GROWTH_DRIVER", "trait:INTEGRATION_DEPTH", "fact:PAIN_POINT_FIT",
                "fact:MONETIZATION_PATH", "fact:EXECUTION_PACE", "fact:AI_REACH", "fact:RESEARCH_ORGANISATION");
    }

    @Test
    void storesSignalsByKindSoThatAMetricAndATraitOfTheSameNameDiffer() {
        for (Metric metric : Metric.values()) {
            assertThat(Signal.parse(Signal.of(metric).code())).isEqualTo(Signal.of(metric));
        }
        for (Trait trait : Trait.values()) {
            assertThat(Signal.parse(trait.code())).isSameAs(trait);
        }
        assertThat(Signal.parse("fact:GROWTH_DRIVER")).isNotEqualTo(Signal.parse("trait:GROWTH_DRIVER"));
        assertThat(Trait.GROWTH_DRIVER.levels()).containsExactly("PRODUCT_LED", "BUNDLED", "PAID_ADS", "SUBSIDY");
        assertThat(Trait.STAGE.levels()).containsExactly("ANNOUNCED", "PILOT", "LAUNCHED", "MONETIZED");
        assertThatThrownBy(() -> Signal.parse("GROWTH_DRIVER")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsIndicatorsTheScorerCouldNeverRead() {
        assertThatThrownBy(() -> new Indicator("x", Dimension.GROWTH_QUALITY, Signal.of(Metric.GROWTH_DRIVER),
                new Rubric.Levels(Map.of("PAID_FROM_LAUNCH", 100.0)), 1))
                .hasMessageContaining("PAID_FROM_LAUNCH is not a level of fact:GROWTH_DRIVER");
        assertThatThrownBy(() -> new Indicator("x", Dimension.GROWTH_QUALITY, Signal.of(Metric.GROWTH_DRIVER),
                new Rubric.LogScale(1, 10), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Indicator("x", Dimension.ADOPTION, Signal.of(Metric.DAU),
                new Rubric.Levels(Map.of("HIGH", 100.0)), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Indicator("x", Dimension.ADOPTION, Signal.of(Metric.DAU),
                new Rubric.LogScale(1, 10), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsALensThatWeighsModelCapability() {
        assertThatThrownBy(() -> new Lens("bad", Map.of(Dimension.MODEL_CAPABILITY, 0.5, Dimension.ADOPTION, 0.5)))
                .hasMessageContaining("model capability");
        assertThatThrownBy(() -> new Lens("bad", Map.of(Dimension.ADOPTION, -0.5, Dimension.EXECUTION, 1.0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lens("bad", Map.of(Dimension.ADOPTION, 0.0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsStylePositionsOutsideThePlaybooks() {
        assertThatThrownBy(() -> new StyleTrait(Signal.of(Metric.AI_REACH), Map.of("EVERY_PRODUCT", 1.5), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StyleTrait(Signal.of(Metric.DAU), Map.of(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsDuplicateCodesAndMissingProductWeights() {
        List<Indicator> twice = new ArrayList<>(versionOne.indicators());
        twice.add(versionOne.indicators().get(0));
        assertThatThrownBy(() -> new Methodology(2, 365, twice, versionOne.lenses(), versionOne.productWeights(),
                versionOne.styleTraits())).hasMessageContaining("Duplicate indicator code");
        assertThatThrownBy(() -> new Methodology(2, 365, versionOne.indicators(), versionOne.lenses(),
                Map.of(Weight.FLAGSHIP, 3.0, Weight.MAJOR, 2.0), versionOne.styleTraits()))
                .hasMessageContaining("MINOR");
        assertThatThrownBy(() -> new Methodology(2, 0, versionOne.indicators(), versionOne.lenses(),
                versionOne.productWeights(), versionOne.styleTraits())).isInstanceOf(IllegalArgumentException.class);
    }
}
