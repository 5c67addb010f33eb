package ai.scorecard.fact;

import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.checks.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's rules serve every way in: a draft that breaks one is refused with the field and the reason,
 * whether it comes alone or in a batch, and a batch goes in whole or not at all, announced once.
 */
@SpringBootTest
@Transactional
@RecordApplicationEvents
class LedgerBatchTest {

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
    void aDraftThatBreaksARuleIsRefusedWithItsFieldsAndReasonsAndNothingIsStored() {
        long before = count();
        FactDraft draft = new FactDraft(Metric.RETENTION_30D, new BigDecimal("150"), "STRONG", null, "usd",
                Qualifier.EXACT, LocalDate.of(2026, 6, 30), Provenance.THIRD_PARTY,
                null, "Impossible retention");

        FactOutcome outcome = ledger.record(catalog.product("doubao").orElseThrow(), draft);

        assertThat(outcome).isInstanceOfSatisfying(FactOutcome.InvalidFact.class, invalid ->
                assertThat(invalid.problems()).extracting(Problem::field, Problem::code).containsExactlyInAnyOrder(
                        tuple("source", "NotNull"),
                        tuple("value", "fact.value.percent"),
                        tuple("level", "fact.level.notForNumber"),
                        tuple("currency", "fact.currency.notForMetric")));
        assertThat(count()).isEqualTo(before);
        assertThat(events.stream(FactRecorded.class)).isEmpty();
    }

    @Test
    void checkingADraftSaysTheSameAsRecordingItWithoutStoringAnything() {
        FactDraft draft = dau(null, LocalDate.of(2026, 6, 30), "No number");
        assertThat(ledger.check(draft)).extracting(Problem::field, Problem::code)
                .containsExactly(tuple("value", "fact.value.required"));
        assertThat(ledger.record(catalog.product("doubao").orElseThrow(), draft))
                .isEqualTo(new FactOutcome.InvalidFact(ledger.check(draft)));
    }

    @Test
    void aBatchWithOneBadEntryStoresNoneAndSaysWhichEntryAndWhy() {
        Product doubao = catalog.product("doubao").orElseThrow();
        long before = count();

        BatchOutcome outcome = ledger.recordAll(List.of(
                FactEntry.about(doubao, dau("1000", LocalDate.of(2026, 7, 31), "Fine")),
                FactEntry.about(doubao, dau("-5", LocalDate.of(2026, 8, 31), "Negative")),
                FactEntry.about(doubao, dau("3000", LocalDate.of(2026, 9, 30), "Fine too"))));

        assertThat(outcome).isInstanceOfSatisfying(BatchOutcome.Refused.class, refused -> {
            assertThat(refused.problemsByEntry()).containsOnlyKeys(1);
            assertThat(refused.problemsByEntry().get(1)).extracting(Problem::field, Problem::code)
                    .containsExactly(tuple("value", "DecimalMin"));
        });
        assertThat(count()).isEqualTo(before);
        assertThat(events.stream(FactsRecorded.class)).isEmpty();
    }

    @Test
    void aBatchIsRecordedInOrderWithSupersessionAndAnnouncedOnce() {
        Product doubao = catalog.product("doubao").orElseThrow();
        Company zhipu = catalog.company("zhipu").orElseThrow();
        long before = count();

        BatchOutcome outcome = ledger.recordAll(List.of(
                FactEntry.about(doubao, dau("1000", LocalDate.of(2026, 7, 31), "July")),
                FactEntry.about(doubao, dau("2000", LocalDate.of(2026, 6, 30), "June, arriving late")),
                FactEntry.about(doubao, dau("3000", LocalDate.of(2026, 8, 31), "August")),
                FactEntry.about(zhipu, new FactDraft(Metric.AI_REACH, null, "PATCHWORK", null, null, Qualifier.EXACT,
                        LocalDate.of(2026, 8, 31), Provenance.COMMENTARY, sources.cite("A column", null, null),
                        "Bolted on"))));

        assertThat(outcome).isInstanceOf(BatchOutcome.Recorded.class);
        List<Fact> recorded = ((BatchOutcome.Recorded) outcome).facts();
        assertThat(recorded).extracting(Fact::getClaim).containsExactly("July", "June, arriving late", "August",
                "Bolted on");
        assertThat(count()).isEqualTo(before + 4);
        assertThat(ledger.ledgerOf(doubao)).filteredOn(fact -> fact.getMetric() == Metric.DAU)
                .filteredOn(Fact::isCurrent).extracting(Fact::getClaim).containsExactly("August");
        assertThat(recorded.get(1).getSupersededBy()).isEqualTo(recorded.get(0).getId());
        assertThat(recorded.get(0).getSupersededBy()).isEqualTo(recorded.get(2).getId());
        assertThat(events.stream(FactsRecorded.class)).containsExactly(new FactsRecorded(4));
        assertThat(events.stream(FactRecorded.class)).isEmpty();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from fact", Long.class);
    }

    private FactDraft dau(String value, LocalDate asOf, String claim) {
        return new FactDraft(Metric.DAU, value == null ? null : new BigDecimal(value), null, null, null,
                Qualifier.ABOUT, asOf, Provenance.THIRD_PARTY, sources.cite("Tracker", null, null), claim);
    }
}
