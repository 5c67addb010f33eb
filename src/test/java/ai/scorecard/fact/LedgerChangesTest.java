package ai.scorecard.fact;

import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * What recording, retracting and deleting do to the ledger a reader sees, and that each change is announced
 * (pages built from facts are rebuilt on those announcements).
 */
@SpringBootTest
@Transactional
@RecordApplicationEvents
class LedgerChangesTest {

    @Autowired
    SourceFixtures sources;


    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void recordingAboutAProductGivesBackTheFactNowCurrentAndAnnouncesIt() {
        Product doubao = catalog.product("doubao").orElseThrow();
        Fact fact = ledger.record(doubao, revenue("2000000000", LocalDate.of(2026, 3, 31))).orElseThrow();

        assertThat(fact.getId()).isNotNull();
        assertThat(fact.getValueNumeric()).isEqualByComparingTo("2000000000");
        assertThat(fact.getSource().getTitle()).isEqualTo("Annual report");
        assertThat(fact.isCurrent()).isTrue();
        assertThat(fact.isSuperseded()).isFalse();
        assertThat(ledger.ledgerOf(doubao)).filteredOn(f -> f.getMetric() == Metric.ANNUAL_REVENUE)
                .filteredOn(Fact::isCurrent).extracting(Fact::getId).containsExactly(fact.getId());
        assertThat(events.stream(FactRecorded.class)).contains(new FactRecorded(fact.getId()));
    }

    @Test
    void recordingAboutACompanyShowsInItsLedger() {
        Company zhipu = catalog.company("zhipu").orElseThrow();
        Fact first = ledger.record(zhipu, revenue("1000000000", LocalDate.of(2025, 12, 31))).orElseThrow();
        Fact second = ledger.record(zhipu, revenue("3000000000", LocalDate.of(2026, 3, 31))).orElseThrow();

        assertThat(ledger.ledgerOf(zhipu)).extracting(Fact::getId).contains(second.getId(), first.getId());
        assertThat(ledger.ledgerOf(zhipu)).filteredOn(f -> f.getMetric() == Metric.ANNUAL_REVENUE)
                .filteredOn(Fact::isCurrent).extracting(Fact::getId).containsExactly(second.getId());
        assertThat(first.isSuperseded()).isTrue();
        assertThat(second.isSuperseded()).isFalse();
    }

    @Test
    void aFactFromAnUndatedSourceSaysItsDateIsTheDayItWasRead() {
        Product doubao = catalog.product("doubao").orElseThrow();
        Fact read = ledger.record(doubao, new FactDraft(Metric.DAU, new BigDecimal("5000000"), null, null, null,
                Qualifier.ABOUT, LocalDate.of(2026, 3, 31), true, Provenance.THIRD_PARTY,
                sources.cite("Undated blog post", null, null), "Daily active users")).orElseThrow();
        Fact dated = ledger.record(doubao, revenue("2000000000", LocalDate.of(2026, 3, 31))).orElseThrow();

        assertThat(read.isAsOfIsReadDate()).isTrue();
        assertThat(dated.isAsOfIsReadDate()).isFalse();
    }

    @Test
    void aRetractionIsAnnouncedAndTheFactIsNeitherCurrentNorSuperseded() {
        Product doubao = catalog.product("doubao").orElseThrow();
        Fact fact = ledger.record(doubao, revenue("2000000000", LocalDate.of(2026, 3, 31))).orElseThrow();

        Fact retracted = ledger.retract(fact, "Wrong year").orElseThrow();

        assertThat(retracted.getRetractionReason()).isEqualTo("Wrong year");
        assertThat(retracted.isCurrent()).isFalse();
        assertThat(retracted.isSuperseded()).isFalse();
        assertThat(events.stream(FactRetracted.class)).containsExactly(new FactRetracted(fact.getId()));
    }

    @Test
    void deletingAProductsFactsRemovesThemAllAndOnlyThem() {
        Product doubao = catalog.product("doubao").orElseThrow();
        Product other = catalog.products().stream().filter(p -> !p.getId().equals(doubao.getId()))
                .filter(p -> !ledger.ledgerOf(p).isEmpty()).findFirst().orElseThrow();
        int otherFacts = ledger.ledgerOf(other).size();
        // A chain of superseded facts: each row points at the one that replaced it.
        ledger.record(doubao, revenue("1000000000", LocalDate.of(2025, 12, 31))).orElseThrow();
        ledger.record(doubao, revenue("2000000000", LocalDate.of(2026, 3, 31))).orElseThrow();
        ledger.record(doubao, revenue("3000000000", LocalDate.of(2026, 6, 30))).orElseThrow();

        assertThat(ledger.deleteWithFacts(doubao, false)).isFalse();
        assertThat(ledger.ledgerOf(doubao)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(ledger.deleteWithFacts(doubao, true)).isTrue();

        assertThat(ledger.ledgerOf(doubao)).isEmpty();
        assertThat(catalog.product("doubao")).isEmpty();
        // Counting through JDBC flushes the deletes, so a row still pointing at a deleted one fails here.
        assertThat(jdbc.queryForObject("select count(*) from fact where product_id = ?", Long.class, doubao.getId()))
                .isZero();
        assertThat(ledger.ledgerOf(other)).hasSize(otherFacts);
        assertThat(events.stream(FactsDeleted.class)).containsExactly(new FactsDeleted(doubao.getId()));
    }

    private FactDraft revenue(String value, LocalDate asOf) {
        return new FactDraft(Metric.ANNUAL_REVENUE, new BigDecimal(value), null, null, "CNY", Qualifier.EXACT, asOf,
                Provenance.COMPANY_REPORTED, source(), "Annual revenue");
    }

    private Source source() {
        return sources.cite("Annual report", "https://example.com/annual", LocalDate.of(2026, 9, 30));
    }
}
