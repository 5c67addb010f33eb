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
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Builds inputs for the tests tersely. */
final class Examples {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static final AtomicLong IDS = new AtomicLong();

    private Examples() {
    }

    static Evidence number(Metric metric, double value) {
        return number(metric, value, Qualifier.EXACT, TODAY, Provenance.COMPANY_REPORTED);
    }

    static Evidence number(Metric metric, double value, Qualifier qualifier) {
        return number(metric, value, qualifier, TODAY, Provenance.COMPANY_REPORTED);
    }

    static Evidence number(Metric metric, double value, Qualifier qualifier, LocalDate asOf, Provenance provenance) {
        return new Evidence(IDS.incrementAndGet(), metric, new BigDecimal(Double.toString(value)), null, qualifier, asOf,
                provenance, "Source", "https://example.org/" + metric, "claim");
    }

    static Evidence level(Metric metric, String level) {
        return level(metric, level, TODAY, Provenance.COMPANY_REPORTED);
    }

    static Evidence level(Metric metric, String level, LocalDate asOf, Provenance provenance) {
        return new Evidence(IDS.incrementAndGet(), metric, null, level, Qualifier.EXACT, asOf, provenance, "Source",
                null, "claim");
    }

    static ProductInput product(String slug, Weight weight, Evidence... facts) {
        return new ProductInput(slug, "company", Category.ASSISTANT_APP, weight, null, MonetizationAtLaunch.UNKNOWN,
                GrowthDriver.UNKNOWN, IntegrationDepth.UNKNOWN, List.of(facts));
    }

    static ProductInput product(String slug, Weight weight, Stage stage, MonetizationAtLaunch monetizationAtLaunch,
            Evidence... facts) {
        return new ProductInput(slug, "company", Category.ASSISTANT_APP, weight, stage, monetizationAtLaunch,
                GrowthDriver.UNKNOWN, IntegrationDepth.UNKNOWN, List.of(facts));
    }

    static IndicatorScore indicator(ProductScore score, String code) {
        return score.indicators().stream().filter(indicator -> indicator.indicator().code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + code));
    }
}
