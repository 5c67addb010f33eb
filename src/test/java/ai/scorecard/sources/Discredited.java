package ai.scorecard.sources;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.CompanyDraft;
import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Outcome;
import ai.scorecard.catalog.Product;
import ai.scorecard.catalog.ProductDraft;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A source that turns out to be wrong, and what rests on it, about companies of their own so that nothing of the
 * seed moves: Withdrawal Co's flagship app has a current DAU from it (superseding an older DAU from it) beside a
 * revenue from a sound filing, so it keeps a score without it; its minor tool has only a paid-user count from it,
 * so it has no score without it; Withdrawal Co itself has a trait from it. Style Only Co has nothing but a company
 * trait from it: no score either way.
 */
record Discredited(Source source, Source sound, Company company, Product app, Product tool, Company styleOnly,
        Fact olderDau, List<Fact> current) {

    static final String TITLE = "Discredited Digest 2026";
    static final String COMPANY = "withdrawal-co";
    static final String STYLE_ONLY = "style-only-co";
    static final String SOUND = "Withdrawal Co annual filing";

    static Discredited create(Catalog catalog, FactLedger ledger, SourceFixtures sources) {
        Source source = sources.cite(TITLE, "https://example.com/discredited", LocalDate.of(2026, 10, 1));
        Source sound = sources.cite(SOUND, "https://example.com/filing",
                LocalDate.of(2026, 9, 1));
        Company company = saved(catalog.create(new CompanyDraft(COMPANY, "Withdrawal Co", "撤回公司", null, null)));
        Company styleOnly = saved(catalog.create(new CompanyDraft(STYLE_ONLY, "Style Only Co", null, null, null)));
        Product app = saved(catalog.create(product("withdrawal-app", "Withdrawal App", Weight.FLAGSHIP)));
        Product tool = saved(catalog.create(product("withdrawal-tool", "Withdrawal Tool", Weight.MINOR)));
        Fact olderDau = ledger.record(app, fact(Metric.DAU, "20000000", null, LocalDate.of(2026, 6, 30), source))
                .orElseThrow();
        Fact dau = ledger.record(app, fact(Metric.DAU, "50000000", null, LocalDate.of(2026, 9, 30), source))
                .orElseThrow();
        ledger.record(app, fact(Metric.ANNUAL_REVENUE, "1000000000", null, LocalDate.of(2026, 6, 30), sound))
                .orElseThrow();
        Fact paid = ledger.record(tool, fact(Metric.PAID_USERS, "1000000", null, LocalDate.of(2026, 9, 30), source))
                .orElseThrow();
        Fact reach = ledger.record(company, fact(Metric.AI_REACH, null, "EVERY_PRODUCT", LocalDate.of(2026, 9, 30),
                source)).orElseThrow();
        Fact style = ledger.record(styleOnly, fact(Metric.AI_REACH, null, "PATCHWORK", LocalDate.of(2026, 9, 30),
                source)).orElseThrow();
        return new Discredited(source, sound, company, app, tool, styleOnly, olderDau, List.of(dau, paid, reach, style));
    }

    private static ProductDraft product(String slug, String name, Weight weight) {
        return new ProductDraft(slug, COMPANY, name, null, Category.ASSISTANT_APP, Stage.LAUNCHED, null, null,
                MonetizationAtLaunch.UNKNOWN, GrowthDriver.UNKNOWN, IntegrationDepth.UNKNOWN, weight);
    }

    private static FactDraft fact(Metric metric, String value, String level, LocalDate asOf, Source source) {
        return new FactDraft(metric, value == null ? null : new BigDecimal(value), level, null,
                metric == Metric.ANNUAL_REVENUE ? "CNY" : null, Qualifier.ABOUT, asOf,
                Provenance.THIRD_PARTY, source, metric + " as " + source.getTitle() + " states it.");
    }

    private static <T> T saved(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Saved.class);
        return ((Outcome.Saved<T>) outcome).record();
    }
}
