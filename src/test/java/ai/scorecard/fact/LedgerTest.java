package ai.scorecard.fact;

import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class LedgerTest {

    @Autowired
    SourceFixtures sources;


    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewerFactSupersedesTheCurrentOneForTheSameMetric() {
        Product doubao = catalog.product("doubao").orElseThrow();
        Fact first = ledger.record(doubao, dau("100000000", LocalDate.of(2026, 3, 31))).orElseThrow();
        Fact second = ledger.record(doubao, dau("150000000", LocalDate.of(2026, 6, 30))).orElseThrow();

        List<Fact> dauFacts = ledger.ledgerOf(doubao).stream().filter(f -> f.getMetric() == Metric.DAU).toList();
        assertThat(dauFacts).extracting(Fact::getId).containsExactly(second.getId(), first.getId());
        assertThat(second.isCurrent()).isTrue();
        assertThat(first.isSuperseded()).isTrue();
        assertThat(first.getSupersededBy()).isEqualTo(second.getId());
    }

    @Test
    void aLateFactAboutAnEarlierDateGoesStraightIntoHistory() {
        Product doubao = catalog.product("doubao").orElseThrow();
        Fact newer = ledger.record(doubao, dau("150000000", LocalDate.of(2026, 6, 30))).orElseThrow();
        Fact late = ledger.record(doubao, dau("90000000", LocalDate.of(2026, 1, 31))).orElseThrow();

        assertThat(newer.isCurrent()).isTrue();
        assertThat(late.isSuperseded()).isTrue();
        assertThat(late.getSupersededBy()).isEqualTo(newer.getId());
    }

    @Test
    void factsAboutOtherMetricsStayCurrent() {
        Product doubao = catalog.product("doubao").orElseThrow();
        ledger.record(doubao, dau("150000000", LocalDate.of(2026, 6, 30))).orElseThrow();
        assertThat(ledger.ledgerOf(doubao).stream().filter(f -> f.getMetric() == Metric.NICHE_STANDING))
                .singleElement().matches(Fact::isCurrent);
    }

    /** The Metric enum and the schema's check constraints are written twice; this keeps them in step. */
    @Test
    void theSchemaAcceptsEveryMetricAndLevelTheCodeKnows() {
        Company zhipu = catalog.company("zhipu").orElseThrow();
        for (Metric metric : Metric.values()) {
            if (metric.isLevel()) {
                for (String level : metric.levels()) {
                    ledger.record(zhipu, new FactDraft(metric, null, level, null, null, Qualifier.EXACT,
                            LocalDate.of(2026, 1, 1), Provenance.THIRD_PARTY, source(), "claim")).orElseThrow();
                }
            } else {
                ledger.record(zhipu, new FactDraft(metric, BigDecimal.TEN, null, null, null, Qualifier.EXACT,
                        LocalDate.of(2026, 1, 1), Provenance.THIRD_PARTY, source(), "claim")).orElseThrow();
            }
        }
        long expected = Arrays.stream(Metric.values()).mapToLong(m -> m.isLevel() ? m.levels().size() : 1).sum();
        // Counting through JDBC flushes the inserts, so a check constraint that refuses one fails here.
        assertThat(jdbc.queryForObject("select count(*) from fact where company_id = ? and claim = 'claim'",
                Long.class, zhipu.getId())).isEqualTo(expected);
    }

    /** Each statement runs in its own transaction: PostgreSQL refuses everything after a failed statement. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void theDatabaseRefusesWhatTheFormsMustRefuse() {
        long doubao = catalog.product("doubao").orElseThrow().getId();
        long article = jdbc.queryForObject("select min(id) from source", Long.class);
        String insert = "insert into fact (product_id, metric, value_numeric, value_level, qualifier, as_of, "
                + "provenance, source_id, claim, recorded_at) "
                + "values (?, ?, ?, ?, 'EXACT', ?, 'THIRD_PARTY', ?, 'claim', current_timestamp)";
        LocalDate asOf = LocalDate.of(2026, 1, 1);
        // negative revenue
        assertRefused(() -> jdbc.update(insert, doubao, "ANNUAL_REVENUE", -1, null, asOf, article));
        // rank below one
        assertRefused(() -> jdbc.update(insert, doubao, "NICHE_RANK", 0, null, asOf, article));
        // percentage above 100
        assertRefused(() -> jdbc.update(insert, doubao, "RETENTION_30D", 101, null, asOf, article));
        // a level for a numeric metric, and a level the metric does not have
        assertRefused(() -> jdbc.update(insert, doubao, "DAU", null, "STRONG", asOf, article));
        assertRefused(() -> jdbc.update(insert, doubao, "USABILITY", null, "DELIGHTFUL", asOf, article));
        // a fact that cites no source, or one that is not there
        assertRefused(() -> jdbc.update(insert, doubao, "DAU", 5, null, asOf, null));
        assertRefused(() -> jdbc.update(insert, doubao, "DAU", 5, null, asOf, article + 1000));
        // a source whose link is not http(s), whose title is blank, or of no known kind
        String source = "insert into source (title, url, kind, created_at) values (?, ?, ?, current_timestamp)";
        assertRefused(() -> jdbc.update(source, "Report", "javascript:alert(1)", "PRESS"));
        assertRefused(() -> jdbc.update(source, " ", null, "PRESS"));
        assertRefused(() -> jdbc.update(source, "Report", null, "RUMOUR"));
        // a bad slug, a duplicate slug, an unknown category
        assertRefused(() -> jdbc.update("insert into company (slug, name_en) values ('Not A Slug', 'X')"));
        assertRefused(() -> jdbc.update("insert into company (slug, name_en) values ('alibaba', 'X')"));
        assertRefused(() -> jdbc.update("insert into product (slug, company_id, name_en, category, stage) "
                + "values ('x', ?, 'X', 'TOASTER', 'LAUNCHED')", catalog.company("alibaba").orElseThrow().getId()));
    }

    private static void assertRefused(Runnable statement) {
        assertThatThrownBy(statement::run).isInstanceOf(DataIntegrityViolationException.class);
    }

    private FactDraft dau(String value, LocalDate asOf) {
        return new FactDraft(Metric.DAU, new BigDecimal(value), null, null, null, Qualifier.ABOUT, asOf,
                Provenance.THIRD_PARTY, source(), "Daily active users");
    }

    private Source source() {
        return sources.cite("Quarterly report", "https://example.com/report", LocalDate.of(2026, 6, 30));
    }
}
