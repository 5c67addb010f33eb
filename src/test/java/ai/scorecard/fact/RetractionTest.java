package ai.scorecard.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.scorecard.product.Product;
import ai.scorecard.product.Products;
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
    FactLedger ledger;

    @Autowired
    Products products;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aRetractedFactStaysInTheLedgerWithItsReasonAndNoLongerCounts() {
        Product doubao = products.findBySlug("doubao").orElseThrow();
        Fact fact = ledger.record(doubao, dau());

        Fact retracted = ledger.retract(fact, "  Misread the report ");

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
        Fact fact = ledger.record(products.findBySlug("doubao").orElseThrow(), dau());
        ledger.retract(fact, "First reason");

        assertThatThrownBy(() -> ledger.retract(fact, "Second reason")).isInstanceOf(IllegalStateException.class);
        assertThat(fact.getRetractionReason()).isEqualTo("First reason");
    }

    @Test
    void aRetractionNeedsAReason() {
        Fact fact = ledger.record(products.findBySlug("doubao").orElseThrow(), dau());

        assertThatThrownBy(() -> ledger.retract(fact, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(fact.isRetracted()).isFalse();
    }

    private static FactDraft dau() {
        return new FactDraft(Metric.DAU, new BigDecimal("150000000"), null, null, null, Qualifier.ABOUT,
                LocalDate.of(2026, 6, 30), Provenance.THIRD_PARTY,
                new Source("Quarterly report", "https://example.com/report", LocalDate.of(2026, 7, 1)),
                "Daily active users");
    }
}
