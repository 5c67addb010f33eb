package ai.scorecard.seed;

import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import ai.scorecard.source.SourceKind;
import org.springframework.beans.factory.annotation.Autowired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.scorecard.StandaloneApplication;
import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.catalog.Product;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A dataset from {@code scorecard.seed.location}, loaded on start into a fresh H2 file: the bulk load
 * ends in the same ledger as recording each fact through {@link FactLedger}, and a load that fails
 * leaves nothing behind.
 */
class SeedLocationTest {

    private static final String TODAY = "2026-11-29";

    /** The as-of dates of one product's MAU facts, in file order: in order, late, equal, late again. */
    private static final List<String> MAU_DATES = List.of("2026-03-01", "2026-05-01", "2026-02-01", "2026-05-01",
            "2026-04-01");

    @TempDir
    Path dataset;

    @Test
    void loadsTheDatasetAtTheConfiguredLocation() throws Exception {
        write(List.of());
        try (ConfigurableApplicationContext app = start(StandaloneApplication.newH2File())) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "company")).isEqualTo(2);
            assertThat(count(jdbc, "product")).isEqualTo(3);
            assertThat(count(jdbc, "fact")).isEqualTo(9);
            // The load went through the catalog and the ledger, whose changes move the data version on (from 0):
            // once for each transaction, however many changes it announces. The companies, products and sources
            // are one transaction, the one batch of facts another.
            assertThat(jdbc.queryForObject("select version from data_version", Long.class)).isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(distinct version) from data_change", Long.class))
                    .as("each move notes what it changed").isEqualTo(2);
            // The history saw it all, by the seed.
            assertThat(jdbc.queryForObject("""
                    select count(*) from fact_aud a join revinfo r on r.id = a.rev
                    where a.revtype = 0 and r.username = 'seed'""", Integer.class)).isEqualTo(9);
            assertThat(jdbc.queryForList("select distinct username from revinfo", String.class)).containsExactly("seed");
            assertThat(jdbc.queryForObject("select count(*) from product_aud", Integer.class)).isEqualTo(3);
            assertThat(jdbc.queryForObject("select count(*) from fact where superseded_at is null", Integer.class))
                    .isEqualTo(4);

            // Of two facts about the same company and metric, only the newer is current.
            assertThat(jdbc.queryForList("""
                    select f.as_of from fact f join company c on c.id = f.company_id
                    where c.slug = 'acme' and f.metric = 'MARKET_CAP' and f.superseded_at is null""", LocalDate.class))
                    .containsExactly(LocalDate.parse("2026-06-30"));
            Product widget = app.getBean(Catalog.class).product("widget").orElseThrow();
            FactLedger ledger = app.getBean(FactLedger.class);
            Fact revenue = ledger.ledgerOf(widget).stream()
                    .filter(fact -> fact.getMetric() == Metric.ANNUAL_REVENUE && fact.isCurrent()).findFirst()
                    .orElseThrow();
            assertThat(revenue.getValueNumeric()).isEqualByComparingTo("120000000");
            assertThat(revenue.getCurrency()).isEqualTo("CNY");
            assertThat(revenue.getSource()).extracting(Source::getTitle, Source::getUrl, Source::getPublishedOn,
                    Source::getKind).containsExactly("Annual report", "https://example.org/report",
                    LocalDate.parse("2026-06-30"), SourceKind.COMPANY_STATEMENT);
            assertThat(revenue.getRecordedAt()).isEqualTo(LocalDate.parse(TODAY).atStartOfDay(ZoneOffset.UTC).toInstant());

            // The same MAU dates recorded one by one through the ledger give the same history.
            Product gadget = app.getBean(Catalog.class).product("gadget").orElseThrow();
            Source survey = app.getBean(SourceFixtures.class).cite("Survey", null, null);
            for (int i = 0; i < MAU_DATES.size(); i++) {
                ledger.record(gadget, new FactDraft(Metric.MAU, BigDecimal.valueOf(1000 + i), null, null, null,
                        Qualifier.EXACT, LocalDate.parse(MAU_DATES.get(i)), Provenance.THIRD_PARTY,
                        survey, "mau " + i)).orElseThrow();
            }
            assertThat(history(ledger.ledgerOf(widget))).isEqualTo(history(ledger.ledgerOf(gadget)))
                    .containsExactly("2026-05-01 mau 3 current", "2026-05-01 mau 1 superseded by mau 3",
                            "2026-04-01 mau 4 superseded by mau 3", "2026-03-01 mau 0 superseded by mau 1",
                            "2026-02-01 mau 2 superseded by mau 1");
        }
    }

    /** The seed as it stood before issue 10, kept to pin old numbers on, predates the as_of_basis column. */
    @Test
    void loadsTheFixedCopyOfTheOldSeedWhoseFactsCarryNoAsOfBasis() throws Exception {
        try (ConfigurableApplicationContext app = StandaloneApplication.start(StandaloneApplication.newH2File(),
                "--scorecard.seed.location=classpath:fixtures/seed-2026-11-30/", "--scorecard.today=" + TODAY)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "product")).isEqualTo(18);
            assertThat(count(jdbc, "fact")).isEqualTo(36);
            assertThat(jdbc.queryForObject("select count(*) from fact where as_of_is_read_date", Integer.class))
                    .isZero();
        }
    }

    @Test
    void aLoadThatFailsLeavesNothing() throws Exception {
        // The last fact breaks a rule of a valid fact (30-day retention above 100%): the ledger refuses it before
        // anything is stored, as it would refuse an editor's.
        write(List.of("product,widget,RETENTION_30D,150,,,,EXACT,2026-06-01,THIRD_PARTY,survey,Impossible."));
        String url = StandaloneApplication.newH2File();
        assertThatThrownBy(() -> start(url).close()).hasStackTraceContaining("Seed row 10 of facts.csv")
                .hasStackTraceContaining("fact.value.percent");
        try (ConfigurableApplicationContext app = StandaloneApplication.start(url, "--scorecard.seed.enabled=false")) {
            assertThat(app.getBean(Catalog.class).companyCount()).isZero();
            assertThat(count(app.getBean(JdbcTemplate.class), "fact")).isZero();
        }
    }

    private ConfigurableApplicationContext start(String url) {
        return StandaloneApplication.start(url, "--scorecard.seed.location=file:" + dataset.toAbsolutePath() + "/",
                "--scorecard.today=" + TODAY);
    }

    private void write(List<String> extraFacts) throws IOException {
        Files.writeString(dataset.resolve("companies.csv"), """
                slug,name_en,name_zh,headquarters,summary
                acme,Acme,阿克米,Shanghai,"A company, with a comma in its summary."
                globex,Globex,,,
                """);
        Files.writeString(dataset.resolve("products.csv"), """
                slug,company,name_en,name_zh,category,stage,launch_date,weight,monetization_at_launch,growth_driver,integration_depth,summary
                widget,acme,Widget,小部件,ASSISTANT_APP,LAUNCHED,2025-01-15,FLAGSHIP,YES,PRODUCT_LED,STANDALONE,A widget.
                gadget,acme,Gadget,,CODING_TOOL,PILOT,,MINOR,UNKNOWN,UNKNOWN,UNKNOWN,
                gizmo,globex,Gizmo,,COMMERCE,ANNOUNCED,,MAJOR,NO,SUBSIDY,ADD_ON,
                """);
        Files.writeString(dataset.resolve("sources.csv"), """
                key,title,url,date,language,kind
                report,Annual report,https://example.org/report,2026-06-30,EN,COMPANY_STATEMENT
                survey,Survey,,,ZH,THIRD_PARTY_DATA
                """);
        List<String> facts = new ArrayList<>(List.of(
                "subject_type,subject,metric,value,level,unit,currency,qualifier,as_of,provenance,source,claim",
                "company,acme,MARKET_CAP,5000000000,,,USD,ABOUT,2025-12-31,THIRD_PARTY,report,Older market value.",
                "product,widget,ANNUAL_REVENUE,120000000,,,CNY,AT_LEAST,2026-06-30,COMPANY_REPORTED,report,Revenue.",
                "company,acme,MARKET_CAP,7000000000,,,USD,ABOUT,2026-06-30,THIRD_PARTY,report,Newer market value.",
                "product,gizmo,USABILITY,,POOR,,,EXACT,2026-05-01,COMMENTARY,survey,\"Hard to use, say users.\""));
        for (int i = 0; i < MAU_DATES.size(); i++) {
            facts.add("product,widget,MAU," + (1000 + i) + ",,,,EXACT," + MAU_DATES.get(i)
                    + ",THIRD_PARTY,survey,mau " + i);
        }
        facts.addAll(extraFacts);
        Files.write(dataset.resolve("facts.csv"), facts);
    }

    private static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    /** One product's MAU facts, newest first: as-of, claim, and whether current or by which fact superseded. */
    private static List<String> history(List<Fact> ledger) {
        List<Fact> mau = ledger.stream().filter(fact -> fact.getMetric() == Metric.MAU).toList();
        Map<Long, String> claims = mau.stream().collect(Collectors.toMap(Fact::getId, Fact::getClaim));
        Function<Fact, String> state = fact -> fact.isCurrent() ? "current"
                : "superseded by " + claims.get(fact.getSupersededBy());
        return mau.stream().map(fact -> fact.getAsOf() + " " + fact.getClaim() + " " + state.apply(fact)).toList();
    }
}
