package ai.scorecard.scoring;

import static ai.scorecard.scoring.Examples.TODAY;
import static ai.scorecard.scoring.Examples.indicator;
import static ai.scorecard.scoring.Examples.level;
import static ai.scorecard.scoring.Examples.number;
import static ai.scorecard.scoring.Examples.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Version 2's reading of evidence on {@link ProductScoreTest#SMALL}'s indicators, whose effective weights are
 * revenue 0.375, paid path 0.125, DAU 0.3 (facts) and stage 0.2 (a trait, so 0.1 at half a fact's weight),
 * with a prior of 50 weighing 0.1. Every expected number below is worked out by hand.
 */
class EvidenceRuleTest {

    static final Methodology SMALL_V2 = new Methodology(8, 365, ProductScoreTest.SMALL.indicators(),
            ProductScoreTest.SMALL.lenses(), ProductScoreTest.SMALL.productWeights(), ProductScoreTest.SMALL.styleTraits(),
            MethodologyFixtures.evidenceRule());

    private final Scorer scorer = new Scorer(SMALL_V2);
    private final Lens lens = SMALL_V2.official();

    @Test
    void aProductKnownOnlyByAnEditorsTraitHasNoScoreNoRangeAndSaysWhy() {
        ProductScore score = scorer.score(product("trait-only", Weight.FLAGSHIP, Stage.MONETIZED, MonetizationAtLaunch.YES),
                lens, TODAY);

        assertThat(indicator(score, "stage").known()).isTrue();
        assertThat(score.overall()).isEmpty();
        assertThat(score.evidenceOnly()).isEmpty();
        assertThat(score.interval()).isEmpty();
        assertThat(score.evidence()).isEqualTo(new EvidenceCount(0, 0));
        assertThat(score.style()).as("an editor's call alone places nothing").isEmpty();
        assertThat(score.indicators()).allSatisfy(i -> assertThat(i.contribution()).isZero());
    }

    @Test
    void aModelCapabilityFactIsNotCommercializationEvidence() {
        ProductScore score = scorer.score(product("model", Weight.FLAGSHIP, level(Metric.MODEL_STANDING, "LEADING")),
                lens, TODAY);

        assertThat(score.modelCapability()).hasValue(100.0);
        assertThat(score.overall()).isEmpty();
        assertThat(score.evidence().sourcedFacts()).isZero();
    }

    @Test
    void aStaleFactIsNoEvidence() {
        ProductScore score = scorer.score(product("stale", Weight.FLAGSHIP,
                number(Metric.ANNUAL_REVENUE, 1e10, Qualifier.EXACT, TODAY.minusDays(400), Provenance.COMPANY_REPORTED)),
                lens, TODAY);

        assertThat(score.overall()).isEmpty();
        assertThat(score.evidence().sourcedFacts()).isZero();
    }

    @Test
    void oneIndicatorIsPulledTowardsThePriorAndCanStillFallAnywhereTheUnknownsAllow() {
        ProductScore score = scorer.score(product("one", Weight.FLAGSHIP, number(Metric.ANNUAL_REVENUE, 1e10)), lens, TODAY);

        // revenue 66.67 weighing 0.375: evidence only 66.67; estimate (25 + 5) ÷ (0.375 + 0.1)
        assertThat(score.evidenceOnly().getAsDouble()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(score.overall().getAsDouble()).isCloseTo(30 / 0.475, within(1e-9));
        // unknown: path 0.125, DAU 0.3, stage 0.2 × 0.5: at 0 → 30 ÷ 1.0; at 100 → (30 + 52.5) ÷ 1.0
        assertThat(score.interval()).hasValueSatisfying(interval -> {
            assertThat(interval.low()).isCloseTo(30, within(1e-9));
            assertThat(interval.high()).isCloseTo(82.5, within(1e-9));
        });
        assertThat(score.evidence()).isEqualTo(new EvidenceCount(1, 1));
    }

    @Test
    void factsAndAnEditorsTraitMakeAnEstimateWhoseContributionsAndPriorAddUp() {
        ProductScore score = scorer.score(ProductScoreTest.worked(Weight.FLAGSHIP), lens, TODAY);

        // known: revenue 66.67 (0.375), DAU 33.33 (0.3), stage 70 (0.2 × 0.5): Σw = 0.775, Σw·points = 42
        assertThat(score.evidenceOnly().getAsDouble()).isCloseTo(42 / 0.775, within(1e-9));
        assertThat(score.overall().getAsDouble()).isCloseTo(47 / 0.875, within(1e-9));
        assertThat(score.priorPoints()).isCloseTo(5 / 0.875, within(1e-9));
        assertThat(indicator(score, "stage").contribution()).isCloseTo(7 / 0.875, within(1e-9));
        double sum = score.priorPoints() + score.indicators().stream().mapToDouble(IndicatorScore::contribution).sum();
        assertThat(sum).isCloseTo(score.overall().getAsDouble(), within(1e-9));
        // only the paid path (0.125) is unknown
        assertThat(score.interval()).hasValueSatisfying(interval -> {
            assertThat(interval.low()).isCloseTo(47, within(1e-9));
            assertThat(interval.high()).isCloseTo(59.5, within(1e-9));
            assertThat(interval.contains(score.overall().getAsDouble())).isTrue();
        });
        assertThat(score.evidence()).isEqualTo(new EvidenceCount(2, 2));
    }

    @Test
    void withEverythingKnownTheRangeClosesOnTheEstimate() {
        ProductScore score = scorer.score(product("all", Weight.FLAGSHIP, Stage.LAUNCHED, MonetizationAtLaunch.YES,
                number(Metric.ANNUAL_REVENUE, 1e10), level(Metric.MONETIZATION_PATH, "PAID_FROM_LAUNCH"),
                number(Metric.DAU, 1e6)), lens, TODAY);

        // Σw = 0.9, Σw·points = 25 + 12.5 + 10 + 7 = 54.5; estimate (54.5 + 5) ÷ 1.0
        assertThat(score.evidenceOnly().getAsDouble()).isCloseTo(54.5 / 0.9, within(1e-9));
        assertThat(score.overall().getAsDouble()).isCloseTo(59.5, within(1e-9));
        assertThat(score.interval()).hasValueSatisfying(interval -> {
            assertThat(interval.low()).isCloseTo(59.5, within(1e-9));
            assertThat(interval.high()).isCloseTo(59.5, within(1e-9));
        });
        assertThat(score.evidence()).isEqualTo(new EvidenceCount(3, 2));
    }

    @Test
    void oneTopFactCannotOutrankManyTopFacts() {
        ProductScore lucky = scorer.score(product("lucky", Weight.FLAGSHIP, number(Metric.ANNUAL_REVENUE, 1e11)), lens, TODAY);
        ProductScore proven = scorer.score(product("proven", Weight.FLAGSHIP, Stage.MONETIZED, MonetizationAtLaunch.YES,
                number(Metric.ANNUAL_REVENUE, 1e11), level(Metric.MONETIZATION_PATH, "PAID_FROM_LAUNCH"),
                number(Metric.DAU, 1e8)), lens, TODAY);
        Scorer versionOne = new Scorer(ProductScoreTest.SMALL);

        // Both score 100 on what is known; version 1 ties them, version 2 ranks the better-evidenced first.
        assertThat(versionOne.score(product("lucky", Weight.FLAGSHIP, number(Metric.ANNUAL_REVENUE, 1e11)), lens, TODAY)
                .overall()).hasValue(100.0);
        assertThat(lucky.evidenceOnly()).hasValue(100.0);
        assertThat(proven.evidenceOnly()).hasValue(100.0);
        assertThat(lucky.overall().getAsDouble()).isCloseTo(42.5 / 0.475, within(1e-9));
        assertThat(proven.overall().getAsDouble()).isCloseTo(95, within(1e-9));
    }

    @Test
    void aCompanyCountsOnlyItsProductsWithEvidenceInScoreRangeAndStyle() {
        ProductInput sourced = ProductScoreTest.worked(Weight.FLAGSHIP);
        ProductInput traitOnly = product("trait-only", Weight.MINOR, Stage.MONETIZED, MonetizationAtLaunch.NO);
        CompanyInput company = new CompanyInput("co", List.of(), List.of(sourced, traitOnly));

        CompanyScore v2 = scorer.score(company, lens, TODAY);
        CompanyScore v1 = new Scorer(ProductScoreTest.SMALL).score(company, lens, TODAY);

        assertThat(v2.overall().getAsDouble()).isCloseTo(47 / 0.875, within(1e-9));
        assertThat(v2.interval()).hasValueSatisfying(interval -> assertThat(interval.low()).isCloseTo(47, within(1e-9)));
        assertThat(v2.products().get(1).weightShare()).isZero();
        // monetization at launch YES (+1) on the flagship; the minor product's NO (−1) is only an editor's call
        assertThat(v2.styleIndex()).hasValue(100.0);
        assertThat(v1.styleIndex().getAsDouble()).isCloseTo(50, within(1e-9));
        assertThat(v1.products().get(1).weightShare()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void aCompanyWithoutAnyProductWithEvidenceHasNoScoreRangeStyleOrGap() {
        CompanyInput company = new CompanyInput("lab", List.of(level(Metric.AI_REACH, "EVERY_PRODUCT")),
                List.of(product("model", Weight.FLAGSHIP, Stage.LAUNCHED, MonetizationAtLaunch.YES,
                        level(Metric.MODEL_STANDING, "LEADING"))));

        CompanyScore score = scorer.score(company, lens, TODAY);

        assertThat(score.overall()).isEmpty();
        assertThat(score.evidenceOnly()).isEmpty();
        assertThat(score.interval()).isEmpty();
        assertThat(score.styleIndex()).isEmpty();
        assertThat(score.commercializationGap()).isEmpty();
        assertThat(score.modelCapability()).hasValue(100.0);
    }

    @Test
    void refusesRulesThatCannotBeRead() {
        assertThatThrownBy(() -> new EvidenceRule(-1, 0, 50, 0.1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvidenceRule(1, 6, 50, 0.1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvidenceRule(1, 1, 101, 0.1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvidenceRule(1, 1, 50, Double.NaN, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvidenceRule(1, 1, 50, 0.1, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
