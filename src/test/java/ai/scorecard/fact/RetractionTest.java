package ai.scorecard.fact;

import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.scorecard.checks.Problem;
import ai.scorecard.catalog.Product;
import ai.scorecard.catalog.Catalog;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class RetractionTest {

    @Autowired
    SourceFixtures sources;

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aRetractedFactStaysInTheLedgerWithItsReasonAndNoLongerCounts() {
        Product doubao = catalog.product("doubao").orElseThrow();
        Fact fact = ledger.record(doubao, dau()).orElseThrow();

        Fact retracted = ledger.retract(fact, "  Misread the report ").orElseThrow();

        assertThat(retracted.isRetracted()).isTrue();
        assertThat(retracted.isCurrent()).isFalse();
        assertThat(retracted.getRetractedAt()).isEqualTo(clock.instant());
        assertThat(retracted.getRetractionReason()).isEqualTo("Misread the report");
        assertThat(ledger.ledgerOf(doubao)).extracting(Fact::getId).contains(fact.getId());
        assertThat(jdbc.queryForObject("select retraction_reason from fact where id = ?", String.class, fact.getId()))
                .isEqualTo("Misread the report");
    }

    @Test
    void retractingTwiceIsRefused() {
        Fact fact = ledger.record(catalog.product("doubao").orElseThrow(), dau()).orElseThrow();
        ledger.retract(fact, "First reason").orElseThrow();

        assertThat(ledger.retract(fact, "Second reason")).isInstanceOf(FactOutcome.NoLongerCurrent.class);
        assertThat(fact.getRetractionReason()).isEqualTo("First reason");
    }

    @Test
    void aRetractionNeedsAReason() {
        Fact fact = ledger.record(catalog.product("doubao").orElseThrow(), dau()).orElseThrow();

        assertThat(ledger.retract(fact, " ")).isInstanceOfSatisfying(FactOutcome.InvalidFact.class,
                invalid -> assertThat(invalid.problems()).extracting(Problem::field, Problem::code)
                        .containsExactly(tuple("reason", "NotBlank")));
        assertThat(fact.isRetracted()).isFalse();
    }

    private FactDraft dau() {
        return new FactDraft(Metric.DAU, new BigDecimal("150000000"), null, null, null, Qualifier.ABOUT,
                LocalDate.of(2026, 6, 30), Provenance.THIRD_PARTY,
                sources.cite("Quarterly report", "https://example.com/report", LocalDate.of(2026, 7, 1)),
                "Daily active users");
    }
}
