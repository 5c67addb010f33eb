package ai.scorecard.scoring;

import static ai.scorecard.scoring.Examples.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Properties that must hold for any input, checked over many seeded random cases under every lens. */
class ScoringPropertiesTest {

    private static final int CASES = 3000;
    private static final double EPSILON = 1e-9;

    private final Methodology methodology = MethodologyFixtures.versionOne();
    private final Scorer scorer = new Scorer(methodology);
    private final RandomInputs inputs = new RandomInputs(20261130L, TODAY);

    private Lens anyLens() {
        return methodology.lenses().get(inputs.random().nextInt(methodology.lenses().size()));
    }

    @Test
    void aBetterFactNeverLowersItsIndicatorNorTheOverall() {
        List<Indicator> numeric = methodology.indicators().stream()
                .filter(indicator -> !(indicator.rubric() instanceof Rubric.Levels)).toList();
        for (int c = 0; c < CASES; c++) {
            Indicator indicator = numeric.get(inputs.random().nextInt(numeric.size()));
            Metric metric = ((Signal.OfMetric) indicator.signal()).metric();
            ProductInput base = inputs.product("p", "c", 8);
            Qualifier qualifier = Qualifier.values()[inputs.random().nextInt(Qualifier.values().length)];
            BigDecimal worse = inputs.value(metric);
            BigDecimal better = inputs.value(metric);
            boolean lowerIsBetter = indicator.rubric() instanceof Rubric.RankPoints;
            if ((better.compareTo(worse) < 0) != lowerIsBetter) {
                BigDecimal swap = worse;
                worse = better;
                better = swap;
            }
            Lens lens = anyLens();
            ProductScore withWorse = scorer.score(withFact(base, inputs.fact(metric, worse, null, qualifier, TODAY)), lens, TODAY);
            ProductScore withBetter = scorer.score(withFact(base, inputs.fact(metric, better, null, qualifier, TODAY)), lens, TODAY);

            double worsePoints = Examples.indicator(withWorse, indicator.code()).points().getAsDouble();
            double betterPoints = Examples.indicator(withBetter, indicator.code()).points().getAsDouble();
            assertThat(betterPoints).as("%s: %s then %s %s", indicator.code(), worse, better, qualifier)
                    .isGreaterThanOrEqualTo(worsePoints);
            OptionalDouble before = indicator.dimension().isCommercial() ? withWorse.overall() : withWorse.modelCapability();
            OptionalDouble after = indicator.dimension().isCommercial() ? withBetter.overall() : withBetter.modelCapability();
            if (indicator.dimension().isCommercial() && lens.weight(indicator.dimension()) == 0) {
                continue;
            }
            assertThat(after.getAsDouble()).isGreaterThanOrEqualTo(before.getAsDouble() - EPSILON);
        }
    }

    @Test
    void aBetterLevelNeverScoresLower() {
        for (Indicator indicator : methodology.indicators()) {
            if (indicator.rubric() instanceof Rubric.Levels levels) {
                List<String> bestFirst = new ArrayList<>(indicator.signal().levels());
                // Stage is listed in the order a product moves through it, worst first.
                if (indicator.signal() == Trait.STAGE) {
                    java.util.Collections.reverse(bestFirst);
                }
                for (int l = 1; l < bestFirst.size(); l++) {
                    assertThat(levels.pointsOf(bestFirst.get(l)))
                            .as("%s: %s after %s", indicator.code(), bestFirst.get(l), bestFirst.get(l - 1))
                            .isLessThanOrEqualTo(levels.pointsOf(bestFirst.get(l - 1)));
                }
            }
        }
        for (StyleTrait trait : methodology.styleTraits()) {
            List<String> bestFirst = trait.signal().levels();
            for (int l = 1; l < bestFirst.size(); l++) {
                assertThat(position(trait, bestFirst.get(l))).isLessThanOrEqualTo(position(trait, bestFirst.get(l - 1)));
            }
        }
    }

    @Test
    void aTopFactForAnUnknownIndicatorNeverLowersTheOverall() {
        int checked = 0;
        for (int c = 0; c < CASES; c++) {
            CompanyInput company = inputs.company("c", 1 + inputs.random().nextInt(4), inputs.random().nextInt(12));
            int p = inputs.random().nextInt(company.products().size());
            ProductInput product = company.products().get(p);
            Lens lens = anyLens();
            ProductScore before = scorer.score(product, lens, TODAY);
            List<IndicatorScore> unknown = before.indicators().stream().filter(indicator -> !indicator.known())
                    .filter(indicator -> indicator.indicator().dimension().isCommercial()).toList();
            if (unknown.isEmpty()) {
                continue;
            }
            Indicator indicator = unknown.get(inputs.random().nextInt(unknown.size())).indicator();
            ProductInput improved = withTop(product, indicator);
            ProductScore after = scorer.score(improved, lens, TODAY);

            assertThat(Examples.indicator(after, indicator.code()).points()).hasValue(100.0);
            assertThat(after.overall()).isPresent();
            if (before.overall().isPresent()) {
                assertThat(after.overall().getAsDouble()).isGreaterThanOrEqualTo(before.overall().getAsDouble() - EPSILON);
            }
            List<ProductInput> products = new ArrayList<>(company.products());
            products.set(p, improved);
            OptionalDouble companyBefore = scorer.score(company, lens, TODAY).overall();
            OptionalDouble companyAfter = scorer.score(new CompanyInput("c", company.facts(), products), lens, TODAY).overall();
            if (companyBefore.isPresent()) {
                assertThat(companyAfter.getAsDouble()).isGreaterThanOrEqualTo(companyBefore.getAsDouble() - EPSILON);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(CASES / 2);
    }

    @Test
    void everyNumberStaysInItsRangeAndAddsUp() {
        for (int c = 0; c < CASES / 3; c++) {
            CompanyInput company = inputs.company("c" + c, inputs.random().nextInt(6), inputs.random().nextInt(20));
            Lens lens = anyLens();
            CompanyScore score = scorer.score(company, lens, TODAY);
            for (Contribution contribution : score.products()) {
                checkProduct(contribution.product());
            }
            checkRange(score.overall(), 0, 100);
            score.dimensions().values().forEach(dimension -> checkRange(dimension, 0, 100));
            checkRange(score.modelCapability(), 0, 100);
            checkRange(score.styleIndex(), -100, 100);
            assertThat(score.coverage()).isBetween(0.0, 1.0);
            assertThat(score.confidence()).isBetween(0.0, 1.0);
            assertThat(score.products().stream().mapToDouble(Contribution::pointsAdded).sum())
                    .isCloseTo(score.overall().orElse(0), within(EPSILON));
            assertThat(score.styleReasons().stream().mapToDouble(StyleReason::contribution).sum())
                    .isCloseTo(score.styleIndex().orElse(0), within(EPSILON));
            if (score.overall().isPresent()) {
                assertThat(score.products().stream().mapToDouble(Contribution::weightShare).sum()).isCloseTo(1, within(EPSILON));
            }
        }
    }

    private void checkProduct(ProductScore score) {
        double known = 0;
        double all = 0;
        double contributions = 0;
        for (IndicatorScore indicator : score.indicators()) {
            checkRange(indicator.points(), 0, 100);
            assertThat(indicator.reason() == null).isEqualTo(indicator.known());
            all += indicator.effectiveWeight();
            if (indicator.known()) {
                known += indicator.effectiveWeight();
            }
            contributions += indicator.contribution();
        }
        assertThat(all).isCloseTo(1, within(EPSILON));
        assertThat(known).isCloseTo(score.coverage(), within(EPSILON));
        assertThat(contributions).isCloseTo(score.overall().orElse(0), within(EPSILON));
        assertThat(score.overall().isPresent()).isEqualTo(score.coverage() > 0);
        checkRange(score.overall(), 0, 100);
        score.dimensions().values().forEach(dimension -> checkRange(dimension, 0, 100));
        checkRange(score.modelCapability(), 0, 100);
        checkRange(score.style(), -100, 100);
        assertThat(score.coverage()).isBetween(0.0, 1.0);
        assertThat(score.confidence()).isBetween(0.0, 1.0).isLessThanOrEqualTo(score.coverage() + EPSILON);
    }

    /** NaN when the level places nothing, as the scorer reads it. */
    private static double position(StyleTrait trait, String level) {
        return trait.positionByLevel().getOrDefault(level, Double.NaN);
    }

    private static void checkRange(OptionalDouble value, double low, double high) {
        if (value.isPresent()) {
            assertThat(value.getAsDouble()).isBetween(low, high);
        }
    }

    /** The product with its facts for the metric replaced by this one. */
    private static ProductInput withFact(ProductInput product, Evidence fact) {
        List<Evidence> facts = new ArrayList<>();
        for (Evidence evidence : product.facts()) {
            if (evidence.metric() != fact.metric()) {
                facts.add(evidence);
            }
        }
        facts.add(fact);
        return new ProductInput(product.slug(), product.companySlug(), product.category(), product.weight(),
                product.stage(), product.monetizationAtLaunch(), product.growthDriver(), product.integrationDepth(), facts);
    }

    /** The product with what earns the indicator's top points: a fresh, exact fact or the best trait. */
    private ProductInput withTop(ProductInput product, Indicator indicator) {
        Rubric rubric = indicator.rubric();
        String bestLevel = rubric instanceof Rubric.Levels levels ? levels.pointsByLevel().entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey() : null;
        if (indicator.signal() instanceof Trait trait) {
            return new ProductInput(product.slug(), product.companySlug(), product.category(), product.weight(),
                    trait == Trait.STAGE ? Stage.valueOf(bestLevel) : product.stage(),
                    trait == Trait.MONETIZATION_AT_LAUNCH ? MonetizationAtLaunch.valueOf(bestLevel) : product.monetizationAtLaunch(),
                    trait == Trait.GROWTH_DRIVER ? GrowthDriver.valueOf(bestLevel) : product.growthDriver(),
                    trait == Trait.INTEGRATION_DEPTH ? IntegrationDepth.valueOf(bestLevel) : product.integrationDepth(),
                    product.facts());
        }
        Metric metric = ((Signal.OfMetric) indicator.signal()).metric();
        BigDecimal top = null;
        if (rubric instanceof Rubric.LogScale scale) {
            top = BigDecimal.valueOf(scale.high() * 10);
        } else if (rubric instanceof Rubric.Linear linear) {
            top = BigDecimal.valueOf(linear.high() + 1);
        } else if (rubric instanceof Rubric.RankPoints) {
            top = BigDecimal.ONE;
        }
        return withFact(product, inputs.fact(metric, top, bestLevel, Qualifier.EXACT, TODAY));
    }
}
