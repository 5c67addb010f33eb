package ai.scorecard.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Product;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** Retracting every current fact that cites a source, at once: {@link FactLedger#retractCiting}. */
@SpringBootTest
@Transactional
@RecordApplicationEvents
class SourceWithdrawalTest {

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;

    @Autowired
    SourceFixtures sources;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    @Test
    void everyCurrentFactCitingTheSourceIsRetractedWithTheSourceNamedAndTheChangeAnnouncedOnce() {
        Source wrong = sources.cite("Wrong Weekly", "https://example.com/wrong", LocalDate.of(2026, 10, 1));
        Source right = sources.cite("Right Review", "https://example.com/right", LocalDate.of(2026, 10, 1));
        Product doubao = catalog.product("doubao").orElseThrow();
        Product trae = catalog.product("trae").orElseThrow();
        Fact older = ledger.record(doubao, dau("1000000", LocalDate.of(2026, 6, 30), wrong)).orElseThrow();
        Fact newer = ledger.record(doubao, dau("2000000", LocalDate.of(2026, 9, 30), wrong)).orElseThrow();
        Fact other = ledger.record(trae, dau("3000000", LocalDate.of(2026, 9, 30), wrong)).orElseThrow();
        Fact sound = ledger.record(catalog.product("coze").orElseThrow(), dau("4000000", LocalDate.of(2026, 9, 30),
                right)).orElseThrow();

        SourceRetraction outcome = ledger.retractCiting(wrong, "  Made up.  ");

        assertThat(outcome).isInstanceOfSatisfying(SourceRetraction.Retracted.class, done -> assertThat(done.facts())
                .extracting(Fact::getId).containsExactlyInAnyOrder(newer.getId(), other.getId()));
        for (Fact fact : List.of(newer, other)) {
            assertThat(fact.isRetracted()).isTrue();
            assertThat(fact.getRetractedAt()).isEqualTo(clock.instant());
            assertThat(fact.getRetractionReason()).isEqualTo("Source withdrawn (Wrong Weekly): Made up.");
        }
        assertThat(older.isRetracted()).as("superseded already, it is left as it is").isFalse();
        assertThat(sound.isCurrent()).isTrue();
        assertThat(events.stream(FactsRetracted.class)).containsExactly(new FactsRetracted(wrong.getId(),
                ((SourceRetraction.Retracted) outcome).facts().stream().map(Fact::getId).toList()));
        assertThat(events.stream(FactRetracted.class)).isEmpty();

        assertThat(ledger.retractCiting(wrong, "Again.")).isInstanceOf(SourceRetraction.NothingToRetract.class);
        assertThat(events.stream(FactsRetracted.class)).hasSize(1);
    }

    @Test
    void aReasonThatBreaksTheRulesOfARetractionRetractsNothing() {
        Source wrong = sources.cite("A rather long title of a source that turned out to be wrong", null, null);
        Fact fact = ledger.record(catalog.product("doubao").orElseThrow(), dau("1000000", LocalDate.of(2026, 9, 30),
                wrong)).orElseThrow();

        assertThat(problems(ledger.retractCiting(wrong, " "))).containsExactly(tuple("reason", "NotBlank"));
        assertThat(problems(ledger.retractCiting(wrong, "Bell\u0007"))).containsExactly(tuple("reason", "PlainText"));
        assertThat(problems(ledger.retractCiting(wrong, "x".repeat(1001)))).containsExactly(tuple("reason", "Size"));
        // Within a retraction's thousand characters, but not once the source's title stands in front of it.
        assertThat(problems(ledger.retractCiting(wrong, "x".repeat(950))))
                .containsExactly(tuple("reason", "retraction.reason.tooLongWithSource"));
        assertThat(ledger.retractCiting(wrong, "x".repeat(900))).isInstanceOf(SourceRetraction.Retracted.class);
        assertThat(fact.getRetractionReason()).isEqualTo("Source withdrawn (" + wrong.getTitle() + "): " + "x".repeat(900));
        assertThat(events.stream(FactsRetracted.class)).hasSize(1);
    }

    @Test
    void factsOtherThanThoseTheEditorWasShownAreNotRetracted() {
        Source wrong = sources.cite("Shifting Sands Daily", null, null);
        Product doubao = catalog.product("doubao").orElseThrow();
        Fact shown = ledger.record(doubao, dau("1000000", LocalDate.of(2026, 9, 30), wrong)).orElseThrow();
        Fact later = ledger.record(catalog.product("trae").orElseThrow(), dau("2000000", LocalDate.of(2026, 9, 30),
                wrong)).orElseThrow();

        assertThat(ledger.retractCiting(wrong, "Made up.", List.of(shown.getId())))
                .isInstanceOfSatisfying(SourceRetraction.Changed.class, changed -> assertThat(changed.current())
                        .extracting(Fact::getId).containsExactlyInAnyOrder(shown.getId(), later.getId()));
        assertThat(shown.isCurrent()).isTrue();
        assertThat(events.stream(FactsRetracted.class)).isEmpty();
        assertThat(ledger.retractCiting(wrong, "Made up.", List.of(later.getId(), shown.getId())))
                .isInstanceOf(SourceRetraction.Retracted.class);
    }

    private static List<org.assertj.core.groups.Tuple> problems(SourceRetraction outcome) {
        assertThat(outcome).isInstanceOf(SourceRetraction.Refused.class);
        return ((SourceRetraction.Refused) outcome).problems().stream()
                .map(problem -> tuple(problem.field(), problem.code())).toList();
    }

    private static FactDraft dau(String value, LocalDate asOf, Source source) {
        return new FactDraft(Metric.DAU, new BigDecimal(value), null, null, null, Qualifier.ABOUT, asOf,
                Provenance.THIRD_PARTY, source, "Daily active users.");
    }
}
