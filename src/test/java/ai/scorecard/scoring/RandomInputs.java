package ai.scorecard.scoring;

import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random inputs for the property tests and the benchmark: every metric, qualifier and
 * provenance, traits often UNKNOWN, facts up to 500 days old (so some are stale) and a few dated after
 * "today".
 */
final class RandomInputs {

    private static final Metric[] METRICS = Metric.values();
    private static final Qualifier[] QUALIFIERS = Qualifier.values();
    private static final Provenance[] PROVENANCES = Provenance.values();
    private static final Weight[] WEIGHTS = Weight.values();

    private static final MathContext THREE_DIGITS = new MathContext(3);

    private final SplittableRandom random;
    private final LocalDate today;
    private long ids;

    RandomInputs(long seed, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.today = today;
    }

    SplittableRandom random() {
        return random;
    }

    CompanyInput company(String slug, int products, int factsPerProduct) {
        List<ProductInput> list = new ArrayList<>(products);
        for (int p = 0; p < products; p++) {
            list.add(product(slug + "-" + p, slug, factsPerProduct));
        }
        List<Evidence> facts = new ArrayList<>();
        facts.add(fact(Metric.AI_REACH));
        facts.add(fact(Metric.RESEARCH_ORGANISATION));
        return new CompanyInput(slug, facts, list);
    }

    ProductInput product(String slug, String company, int facts) {
        List<Evidence> list = new ArrayList<>(facts);
        for (int f = 0; f < facts; f++) {
            list.add(fact(METRICS[random.nextInt(METRICS.length)]));
        }
        return new ProductInput(slug, company, Category.values()[random.nextInt(Category.values().length)],
                WEIGHTS[random.nextInt(WEIGHTS.length)],
                random.nextInt(5) == 0 ? null : pick(Stage.values()), pick(MonetizationAtLaunch.values()),
                pick(GrowthDriver.values()), pick(IntegrationDepth.values()), list);
    }

    Evidence fact(Metric metric) {
        return fact(metric, value(metric), metric.isLevel() ? pick(metric.levels()) : null, pick(QUALIFIERS),
                today.minusDays(random.nextInt(-5, 500)));
    }

    Evidence fact(Metric metric, BigDecimal value, String level, Qualifier qualifier, LocalDate asOf) {
        return new Evidence(++ids, metric, value, level, qualifier, asOf, pick(PROVENANCES), "Generated source",
                null, "generated");
    }

    /** Reported figures carry a few significant digits ("2.5 billion"), so generated ones do too. */
    BigDecimal value(Metric metric) {
        return switch (metric.kind()) {
            case MONEY -> reported(Math.pow(10, 6 + 7 * random.nextDouble()));
            case COUNT -> reported(Math.pow(10, 3 + 12 * random.nextDouble()));
            case RANK -> BigDecimal.valueOf(1 + random.nextInt(12));
            case PERCENT -> reported(100 * random.nextDouble());
            case LEVEL -> null;
        };
    }

    private static BigDecimal reported(double value) {
        return new BigDecimal(value).round(THREE_DIGITS);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
