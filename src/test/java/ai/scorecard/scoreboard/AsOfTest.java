package ai.scorecard.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.fact.CurrentFact;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.InForce;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.scoring.IndicatorScore;
import ai.scorecard.scoring.Unknown;
import ai.scorecard.source.SourceFixtures;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scorecard as it stood at the end of a past day, rebuilt from a hand-made ledger: the facts recorded over
 * months are given the moments they were recorded, superseded and retracted, and each past day must show exactly
 * what was in force then. Today is 1 December 2026 in the tests.
 */
@SpringBootTest
@Transactional
class AsOfTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

    @Autowired
    Scoreboard scoreboard;

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;

    @Autowired
    SourceFixtures sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entities;

    @Test
    void aFactRecordedAfterTheDayIsAbsentAsOfIt() {
        Fact dau = record(Metric.DAU, "80000000", LocalDate.of(2026, 5, 31));
        recordedAt(dau, "2026-07-10T08:00:00Z");

        assertThat(evidenceOn(JUNE_30, Metric.DAU)).isEmpty();
        assertThat(evidenceOn(LocalDate.of(2026, 7, 10), Metric.DAU)).as("recorded during the day, so in force at its end")
                .contains(dau.getId());
        assertThat(evidenceOn(null, Metric.DAU)).contains(dau.getId());
    }

    @Test
    void aFactRetractedAfterTheDayIsPresentAsOfIt() {
        Fact dau = record(Metric.DAU, "80000000", LocalDate.of(2026, 5, 31));
        recordedAt(dau, "2026-06-02T09:00:00Z");
        ledger.retract(dau, "Misread the report").orElseThrow();

        assertThat(evidenceOn(JUNE_30, Metric.DAU)).contains(dau.getId());
        assertThat(evidenceOn(null, Metric.DAU)).doesNotContain(dau.getId());
    }

    @Test
    void theValueInForceOnTheDayIsTheOneShownNotTheOneThatSupersededItLater() {
        Fact march = record(Metric.DAU, "50000000", LocalDate.of(2026, 3, 31));
        Fact september = record(Metric.DAU, "90000000", LocalDate.of(2026, 9, 30));
        assertThat(march.isSuperseded()).isTrue();
        recordedAt(march, "2026-04-03T10:00:00Z");
        recordedAt(september, "2026-10-02T10:00:00Z");
        set(march, "superseded_at", "2026-10-02T10:00:00Z");

        assertThat(evidenceOn(LocalDate.of(2026, 3, 31), Metric.DAU)).as("before either was recorded").isEmpty();
        assertThat(evidenceOn(JUNE_30, Metric.DAU)).containsExactly(march.getId());
        assertThat(evidenceOn(LocalDate.of(2026, 10, 2), Metric.DAU)).containsExactly(september.getId());
    }

    @Test
    void freshnessIsJudgedAgainstTheDayAskedFor() {
        Fact old = record(Metric.DAU, "80000000", LocalDate.of(2025, 6, 1));
        recordedAt(old, "2025-06-05T10:00:00Z");

        Standings thenStandings = scoreboard.of(List.of(bytedance()), null, null, LocalDate.of(2025, 7, 1));
        assertThat(thenStandings.today()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(indicator(thenStandings, Metric.DAU)).hasValueSatisfying(score -> assertThat(score.known()).isTrue());
        assertThat(indicator(scoreboard.of(List.of(bytedance()), null, null, null), Metric.DAU))
                .as("more than a year old today").hasValueSatisfying(score -> assertThat(score.reason()).isEqualTo(Unknown.STALE));
    }

    @Test
    void theMethodologyInForceOnTheDayIsUsedUnlessAVersionIsNamed() {
        assertThat(scoreboard.of(List.of(bytedance()), null, null, LocalDate.of(2026, 11, 29)).methodology().version())
                .isEqualTo(1);
        assertThat(scoreboard.of(List.of(bytedance()), null, null, JUNE_30).methodology().version())
                .as("before the first publication, the first rules").isEqualTo(1);
        assertThat(scoreboard.of(List.of(bytedance()), null, null, LocalDate.of(2026, 11, 30)).methodology().version())
                .isEqualTo(2);
        assertThat(scoreboard.of(List.of(bytedance()), null, 2, JUNE_30).methodology().version()).isEqualTo(2);
        assertThat(scoreboard.all(null, null, LocalDate.of(2026, 11, 29)).methodology().version()).isEqualTo(1);
    }

    @Test
    void aDayAfterTodayIsToday() {
        Standings later = scoreboard.of(List.of(bytedance()), null, null, LocalDate.of(2027, 3, 1));

        assertThat(later.today()).isEqualTo(scoreboard.today());
        assertThat(later.companies()).isEqualTo(scoreboard.of(List.of(bytedance()), null, null, null).companies());
    }

    @Test
    void everyCompanyAsOfADayReadsTheSameFactsAsOneCompanyAsOfIt() {
        Fact dau = record(Metric.DAU, "80000000", LocalDate.of(2026, 5, 31));
        recordedAt(dau, "2026-06-02T09:00:00Z");

        Standings all = scoreboard.all(null, null, JUNE_30);

        CompanyScore alone = scoreboard.of(List.of(bytedance()), null, null, JUNE_30).company("bytedance").orElseThrow();
        assertThat(all.company("bytedance").orElseThrow().overall()).isEqualTo(alone.overall());
        assertThat(all.company("bytedance").orElseThrow().products()).as("the products may come in another order")
                .containsExactlyInAnyOrderElementsOf(alone.products());
        assertThat(all.companies()).as("the seed was recorded today: only the hand-made fact was in force")
                .flatExtracting(score -> score.products()).flatExtracting(part -> part.product().indicators())
                .filteredOn(score -> score.evidence() != null).extracting(score -> score.evidence().factId())
                .containsExactly(dau.getId());
    }

    @Test
    void theDatabaseAndTheRuleAgreeOnWhatWasInForce() {
        Fact march = record(Metric.DAU, "50000000", LocalDate.of(2026, 3, 31));
        Fact september = record(Metric.DAU, "90000000", LocalDate.of(2026, 9, 30));
        Fact revenue = record(Metric.ANNUAL_REVENUE, "2000000000", LocalDate.of(2026, 3, 31));
        recordedAt(march, "2026-04-03T10:00:00Z");
        recordedAt(september, "2026-10-02T10:00:00Z");
        recordedAt(revenue, "2026-04-03T10:00:00Z");
        set(march, "superseded_at", "2026-10-02T10:00:00Z");
        ledger.retract(revenue, "Wrong year").orElseThrow();
        Set<Long> ids = Set.of(march.getId(), september.getId(), revenue.getId());
        // As stored, after the updates above (the entities in hand do not see them).
        entities.flush();
        Map<Long, InForce> made = new HashMap<>();
        jdbc.query("select id, recorded_at, superseded_at, retracted_at from fact where id in (?, ?, ?)",
                row -> {
                    made.put(row.getLong("id"), new InForce(instant(row.getTimestamp("recorded_at")),
                            instant(row.getTimestamp("superseded_at")), instant(row.getTimestamp("retracted_at"))));
                }, march.getId(), september.getId(), revenue.getId());

        for (String moment : List.of("2026-04-03T09:59:59Z", "2026-04-03T10:00:00Z", "2026-04-03T10:00:01Z",
                "2026-10-02T10:00:00Z", "2026-10-02T10:00:01Z", "2026-12-01T00:00:00Z", "2026-12-01T00:00:01Z")) {
            Instant at = Instant.parse(moment);
            Set<Long> fromDatabase = ledger.inForceAt(at).stream().map(CurrentFact::id).filter(ids::contains)
                    .collect(Collectors.toSet());
            Set<Long> byRule = made.entrySet().stream().filter(fact -> fact.getValue().at(at)).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            assertThat(fromDatabase).as(moment).isEqualTo(byRule);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private Company bytedance() {
        return catalog.company("bytedance").orElseThrow();
    }

    private Fact record(Metric metric, String value, LocalDate asOf) {
        String currency = metric == Metric.ANNUAL_REVENUE ? "CNY" : null;
        FactDraft draft = new FactDraft(metric, new BigDecimal(value), null, null, currency, Qualifier.EXACT, asOf,
                Provenance.COMPANY_REPORTED, sources.cite("Report of " + asOf, "https://example.com/" + asOf, asOf),
                "As reported");
        return ledger.record(catalog.product("doubao").orElseThrow(), draft).orElseThrow();
    }

    private void recordedAt(Fact fact, String moment) {
        set(fact, "recorded_at", moment);
    }

    /** Sets a moment in the stored fact, and in the one in hand, which would otherwise be written back over it. */
    private void set(Fact fact, String column, String moment) {
        entities.flush();
        jdbc.update("update fact set " + column + " = ? where id = ?", Timestamp.from(Instant.parse(moment)), fact.getId());
        entities.refresh(fact);
    }

    /** The ids of the facts Doubao's indicator for the metric read at the end of the day (today when null). */
    private List<Long> evidenceOn(LocalDate day, Metric metric) {
        return indicator(scoreboard.of(List.of(bytedance()), null, null, day), metric)
                .filter(score -> score.evidence() != null).map(score -> List.of(score.evidence().factId()))
                .orElse(List.of());
    }

    private static Optional<IndicatorScore> indicator(Standings standings, Metric metric) {
        return standings.product("doubao").stream().flatMap(product -> product.indicators().stream())
                .filter(score -> score.indicator().signal().code().equals("fact:" + metric.name())).findFirst();
    }
}
