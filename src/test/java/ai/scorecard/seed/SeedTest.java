package ai.scorecard.seed;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.catalog.Product;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Runs on whichever database the build points at: H2 by default, PostgreSQL under the postgres profile. */
@SpringBootTest
@Transactional
class SeedTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Catalog catalog;
    @Autowired
    FactLedger ledger;

    @Autowired
    SeedLoader loader;

    @Test
    void migrationsApplied() {
        Integer failed = jdbc.queryForObject("select count(*) from flyway_schema_history where success = false",
                Integer.class);
        Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success = true",
                Integer.class);
        assertThat(failed).isZero();
        assertThat(applied).isPositive();
    }

    @Test
    void seedHasTheArticlesCompaniesAndProducts() {
        assertThat(catalog.companies()).extracting(Company::getSlug)
                .containsExactlyInAnyOrder("bytedance", "alibaba", "tencent", "minimax", "zhipu");
        assertThat(slugsOf("bytedance")).contains("doubao", "volcano-engine", "seed-models", "jimeng",
                "jianying-capcut", "lark", "trae", "coze", "recording-dou");
        assertThat(slugsOf("alibaba")).contains("qwen", "qianwen-app", "alibaba-cloud", "tongyi-lingma",
                "taobao-ai", "amap-ai", "dingtalk");
        assertThat(slugsOf("tencent")).contains("yuanbao");
        assertThat(catalog.productCount()).isEqualTo(19);
        assertThat(jdbc.queryForObject("select count(*) from fact", Integer.class)).isEqualTo(35);
    }

    @Test
    void jianyingRevenueIsALowerBoundOfTenBillionInNoStatedCurrency() {
        Fact revenue = current("jianying-capcut", Metric.ANNUAL_REVENUE);
        assertThat(revenue.getValueNumeric()).isEqualByComparingTo(new BigDecimal("10000000000"));
        assertThat(revenue.getQualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(revenue.getCurrency()).isNull();
    }

    @Test
    void articleClaimsAreFacts() {
        Fact tokens = current("volcano-engine", Metric.TOKEN_VOLUME_RANK);
        assertThat(tokens.getValueNumeric()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(tokens.getQualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(current("jimeng", Metric.MONETIZATION_PATH).getValueLevel()).isEqualTo("PAID_FROM_LAUNCH");
        assertThat(current("jianying-capcut", Metric.MONETIZATION_PATH).getValueLevel()).isEqualTo("PAID_FROM_LAUNCH");
        assertThat(current("qianwen-app", Metric.GROWTH_DRIVER).getValueLevel()).isEqualTo("SUBSIDY");
        assertThat(current("qianwen-app", Metric.MONETIZATION_PATH).getValueLevel()).isEqualTo("NO_NEW_REVENUE");
        assertThat(current("taobao-ai", Metric.INTEGRATION).getValueLevel()).isEqualTo("ADD_ON");
        assertThat(current("taobao-ai", Metric.PAIN_POINT_FIT).getValueLevel()).isEqualTo("MISSES");
        assertThat(current("doubao", Metric.DISTINCTIVE_FEATURES).getClaim())
                .contains("Voice calls", "real-time video", "dialect");
        for (String slug : List.of("trae", "coze", "doubao")) {
            assertThat(current(slug, Metric.NICHE_STANDING).getValueLevel()).isEqualTo("TOP_TIER");
        }
    }

    @Test
    void everyFactCitesTheArticleAndNoFigureIsInvented() {
        List<String> titles = jdbc.queryForList("select distinct s.title from fact f join source s on s.id = f.source_id",
                String.class);
        assertThat(titles).singleElement().asString().startsWith("Alibaba's models are leading");
        assertThat(jdbc.queryForMap("select publisher, language, kind, published_on from source"))
                .containsEntry("publisher", "Gate Square").containsEntry("language", "EN")
                .containsEntry("kind", "COMMENTARY").containsEntry("published_on", null);
        // The article gives exactly these figures; anything else numeric would be invented.
        List<String> numericFacts = jdbc.queryForList(
                "select metric from fact where value_numeric is not null order by metric", String.class);
        assertThat(numericFacts).containsExactly("ANNUAL_REVENUE", "MARKET_CAP", "MARKET_CAP", "TOKEN_VOLUME_RANK",
                "TOKEN_VOLUME_RANK");
        assertThat(jdbc.queryForObject("select count(*) from fact where provenance not in ('COMMENTARY', "
                + "'ANALYST_ESTIMATE')", Integer.class)).isZero();
    }

    @Test
    void theArticleIsUndatedSoEveryFactIsAsOfTheDayItWasRead() {
        assertThat(jdbc.queryForObject("select count(*) from fact f join source s on s.id = f.source_id where s.published_on is not null", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from fact where not as_of_is_read_date", Integer.class))
                .isZero();
        assertThat(current("recording-dou", Metric.NICHE_STANDING).isAsOfIsReadDate()).isTrue();
    }

    @Test
    void seedLoadsOnlyIntoAnEmptyDatabase() {
        assertThat(loader.loadIntoEmptyDatabase()).isFalse();
        assertThat(catalog.productCount()).isEqualTo(19);
    }

    @Test
    void everyProductHasItsCategoryStageAndWeight() {
        for (String slug : List.of("doubao", "qianwen-app", "yuanbao")) {
            Product product = catalog.product(slug).orElseThrow();
            assertThat(product.getCategory().name()).isEqualTo("ASSISTANT_APP");
        }
        assertThat(catalog.product("lark").orElseThrow().getNameZh()).isEqualTo("飞书");
        assertThat(catalog.product("qianwen-app").orElseThrow().getGrowthDriver().name()).isEqualTo("SUBSIDY");
        assertThat(ledger.ledgerOf(catalog.company("bytedance").orElseThrow()))
                .extracting(f -> f.getProvenance()).containsOnly(Provenance.COMMENTARY);
    }

    private List<String> slugsOf(String company) {
        return catalog.productsOf(catalog.company(company).orElseThrow())
                .stream().map(Product::getSlug).toList();
    }

    private Fact current(String productSlug, Metric metric) {
        Product product = catalog.product(productSlug).orElseThrow();
        return ledger.ledgerOf(product).stream()
                .filter(f -> f.getMetric() == metric && f.isCurrent())
                .findFirst().orElseThrow(() -> new AssertionError(productSlug + " has no current " + metric));
    }
}
