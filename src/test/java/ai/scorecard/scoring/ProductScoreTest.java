package ai.scorecard.scoring;

import static ai.scorecard.scoring.Examples.TODAY;
import static ai.scorecard.scoring.Examples.indicator;
import static ai.scorecard.scoring.Examples.level;
import static ai.scorecard.scoring.Examples.number;
import static ai.scorecard.scoring.Examples.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A small methodology whose numbers can be followed by hand. */
class ProductScoreTest {

    static final Methodology SMALL = new Methodology(7, 365, List.of(
            new Indicator("revenue", Dimension.MONETIZATION, Signal.of(Metric.ANNUAL_REVENUE), new Rubric.LogScale(1e8, 1e11), 3),
            new Indicator("path", Dimension.MONETIZATION, Signal.of(Metric.MONETIZATION_PATH),
                    new Rubric.Levels(Map.of("PAID_FROM_LAUNCH", 100.0, "PAID_LATER", 50.0, "NO_NEW_REVENUE", 0.0)), 1),
            new Indicator("dau", Dimension.ADOPTION, Signal.of(Metric.DAU), new Rubric.LogScale(1e5, 1e8), 1),
            new Indicator("stage", Dimension.EXECUTION, Trait.STAGE,
                    new Rubric.Levels(Map.of("ANNOUNCED", 0.0, "PILOT", 35.0, "LAUNCHED", 70.0, "MONETIZED", 100.0)), 1),
            new Indicator("standing", Dimension.MODEL_CAPABILITY, Signal.of(Metric.MODEL_STANDING),
                    new Rubric.Levels(Map.of("LEADING", 100.0, "COMPETITIVE", 70.0, "BEHIND", 30.0)), 1)),
            List.of(new Lens("official", Map.of(Dimension.MONETIZATION, 0.5, Dimension.ADOPTION, 0.3,
                    Dimension.EXECUTION, 0.2))),
            MethodologyFixtures.productWeights(),
            List.of(new StyleTrait(Trait.MONETIZATION_AT_LAUNCH, Map.of("YES", 1.0, "NO", -1.0), 1),
                    new StyleTrait(Signal.of(Metric.PAIN_POINT_FIT), Map.of("SOLVES", 1.0, "MISSES", -1.0), 1),
                    new StyleTrait(Signal.of(Metric.AI_REACH), Map.of("EVERY_PRODUCT", 1.0, "PATCHWORK", -1.0), 2),
                    new StyleTrait(Signal.of(Metric.RESEARCH_ORGANISATION),
                            Map.of("CENTRALISED_RESEARCH", 1.0, "RESEARCH_CARRIES_KPI", -1.0), 1)));

    private final Scorer scorer = new Scorer(SMALL);
    private final Lens lens = SMALL.official();

    /**
     * Revenue 1e10 (66.67, company-reported, today), DAU 1e6 (33.33, third-party, 73 days old), stage
     * LAUNCHED (70), path unknown, model standing LEADING.
     */
    static ProductInput worked(Weight weight) {
        return product("worked", weight, Stage.LAUNCHED, MonetizationAtLaunch.YES,
                number(Metric.ANNUAL_REVENUE, 1e10),
                number(Metric.DAU, 1e6, Qualifier.EXACT, TODAY.minusDays(73), Provenance.THIRD_PARTY),
                level(Metric.MODEL_STANDING, "LEADING"));
    }

    @Test
    void spreadsTheLensOverIndicatorsByTheirWeightWithinTheirDimension() {
        ProductScore score = scorer.score(worked(Weight.FLAGSHIP), lens, TODAY);

        // monetization 0.5 split 3:1, adoption 0.3, execution 0.2; capability carries none
        assertThat(indicator(score, "revenue").effectiveWeight()).isCloseTo(0.375, within(1e-12));
        assertThat(indicator(score, "path").effectiveWeight()).isCloseTo(0.125, within(1e-12));
        assertThat(indicator(score, "dau").effectiveWeight()).isCloseTo(0.3, within(1e-12));
        assertThat(indicator(score, "stage").effectiveWeight()).isCloseTo(0.2, within(1e-12));
        assertThat(indicator(score, "standing").effectiveWeight()).isZero();
    }

    @Test
    void leavesUnknownIndicatorsOutOfTheScoreInsteadOfCountingZero() {
        ProductScore score = scorer.score(worked(Weight.FLAGSHIP), lens, TODAY);

        // coverage 0.375 + 0.3 + 0.2; overall (0.375·66.67 + 0.3·33.33 + 0.2·70) / 0.875 = 49 / 0.875
        assertThat(score.coverage()).isCloseTo(0.875, within(1e-12));
        assertThat(score.overall()).hasValueCloseTo(56.0, within(1e-9));
        assertThat(indicator(score, "revenue").contribution()).isCloseTo(25 / 0.875, within(1e-9));
        assertThat(indicator(score, "dau").contribution()).isCloseTo(10 / 0.875, within(1e-9));
        assertThat(indicator(score, "stage").contribution()).isCloseTo(16, within(1e-9));
        assertThat(indicator(score, "path").contribution()).isZero();
        assertThat(indicator(score, "standing").contribution()).isZero();
    }

    @Test
    void scoresDimensionsAsTheMeanOfTheirKnownIndicators() {
        ProductScore score = scorer.score(worked(Weight.FLAGSHIP), lens, TODAY);

        assertThat(score.dimensions().get(Dimension.MONETIZATION)).hasValueCloseTo(200.0 / 3, within(1e-9));
        assertThat(score.dimensions().get(Dimension.ADOPTION)).hasValueCloseTo(100.0 / 3, within(1e-9));
        assertThat(score.dimensions().get(Dimension.EXECUTION)).hasValueCloseTo(70.0, within(1e-9));
        assertThat(score.dimensions().get(Dimension.GROWTH_QUALITY)).isEmpty();
        assertThat(score.dimensions()).doesNotContainKey(Dimension.MODEL_CAPABILITY);
        assertThat(score.modelCapability()).hasValueCloseTo(100.0, within(1e-9));
    }

    @Test
    void weighsConfidenceByProvenanceAndAge() {
        ProductScore score = scorer.score(worked(Weight.FLAGSHIP), lens, TODAY);

        // revenue 0.375 · 1.0 · 1; dau 0.3 · 0.85 · (1 − 0.5 · 73/365); stage 0.2 · 0.7 (a trait)
        assertThat(score.confidence()).isCloseTo(0.375 + 0.3 * 0.85 * 0.9 + 0.2 * 0.7, within(1e-12));
    }

    @Test
    void hasNoOverallScoreWhenNothingIsKnown() {
        ProductScore score = scorer.score(product("empty", Weight.MINOR), lens, TODAY);

        assertThat(score.overall()).isEmpty();
        assertThat(score.coverage()).isZero();
        assertThat(score.confidence()).isZero();
        assertThat(score.dimensions().values()).allMatch(dimension -> dimension.isEmpty());
        assertThat(score.modelCapability()).isEmpty();
        assertThat(score.style()).isEmpty();
        assertThat(score.indicators()).hasSize(5).allMatch(indicator -> indicator.reason() == Unknown.MISSING);
    }

    @Test
    void keepsModelCapabilityOutOfTheCommercializationScore() {
        ProductScore score = scorer.score(product("model", Weight.MINOR, level(Metric.MODEL_STANDING, "BEHIND")),
                lens, TODAY);

        assertThat(score.modelCapability()).hasValueCloseTo(30.0, within(1e-9));
        assertThat(score.overall()).isEmpty();
        assertThat(score.coverage()).isZero();
    }

    @Test
    void hasNoOverallScoreWhenTheLensGivesTheKnownDimensionsNoWeight() {
        Lens adoptionOnly = new Lens("adoption", Map.of(Dimension.ADOPTION, 1.0));
        ProductScore score = scorer.score(product("p", Weight.MINOR, number(Metric.ANNUAL_REVENUE, 1e10)),
                adoptionOnly, TODAY);

        assertThat(indicator(score, "revenue").points()).isPresent();
        assertThat(score.overall()).isEmpty();
        assertThat(score.coverage()).isZero();
    }

    @Test
    void placesTheProductByItsOwnTraitsAndFacts() {
        ProductScore score = scorer.score(product("p", Weight.MAJOR, Stage.LAUNCHED, MonetizationAtLaunch.YES,
                level(Metric.PAIN_POINT_FIT, "MISSES"), level(Metric.RESEARCH_ORGANISATION, "RESEARCH_CARRIES_KPI")),
                lens, TODAY);

        // (+1 − 1 − 1) / 3
        assertThat(score.style()).hasValueCloseTo(-100.0 / 3, within(1e-9));
        assertThat(score.styleReasons()).extracting(StyleReason::level)
                .containsExactly("YES", "MISSES", "RESEARCH_CARRIES_KPI");
        assertThat(score.styleReasons()).extracting(StyleReason::scope).containsOnly(StyleReason.Scope.PRODUCT);
        assertThat(score.styleReasons().stream().mapToDouble(StyleReason::contribution).sum())
                .isCloseTo(-100.0 / 3, within(1e-9));
    }
}
