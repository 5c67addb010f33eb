package ai.scorecard.scorehistory;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.CompanyDraft;
import ai.scorecard.catalog.Outcome;
import ai.scorecard.catalog.Product;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.source.SourceFixtures;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A score history replayed from a hand-made ledger: facts recorded over months, one superseded, one retracted,
 * each given the moments it was recorded, superseded and retracted. Every point must be exactly what the
 * standings of its day show (Scoreboard.of as of that day), under the current methodology and under the one in
 * force then. Today is 1 December 2026 in the tests; version 2 was published on 30 November 2026.
 */
@SpringBootTest
@Transactional
class ScoreTimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired
    ScoreHistories histories;

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
    void everyPointIsWhatTheStandingsOfThatDayShowUnderTheCurrentMethodology() {
        handMadeLedger();
        int current = scoreboard.methodology().version();

        ScoreTimeline timeline = histories.of(List.of(bytedance()), null, false);

        assertThat(timeline.points()).hasSizeGreaterThan(8);
        for (ScoreTimeline.Point point : timeline.points()) {
            assertThat(point.version()).isEqualTo(current);
            assertReconstructs(point, scoreboard.of(List.of(bytedance()), null, current, point.day()));
        }
    }

    @Test
    void underTheMethodologyInForceEachPointIsWhatThatDayShowedWithItsOwnVersion() {
        handMadeLedger();

        ScoreTimeline timeline = histories.of(List.of(bytedance()), null, true);

        for (ScoreTimeline.Point point : timeline.points()) {
            Standings then = scoreboard.of(List.of(bytedance()), null, null, point.day());
            assertThat(point.version()).as(point.day().toString()).isEqualTo(then.methodology().version());
            assertReconstructs(point, then);
        }
        assertThat(timeline.points()).extracting(ScoreTimeline.Point::version).as("version 2 from 30 November")
                .contains(1, 2);
    }

    @Test
    void pointsFallAtMonthEndsSinceTheFirstFactOnChangeDaysAndToday() {
        handMadeLedger();

        ScoreTimeline timeline = histories.of(List.of(bytedance()), null, false);

        List<LocalDate> expected = new ArrayList<>();
        expected.add(LocalDate.of(2026, 4, 3)); // the first fact and the revenue recorded
        for (int month = 4; month <= 11; month++) {
            expected.add(LocalDate.of(2026, month, 1).withDayOfMonth(LocalDate.of(2026, month, 1).lengthOfMonth()));
        }
        expected.add(5, LocalDate.of(2026, 8, 15)); // the revenue retracted
        expected.add(8, LocalDate.of(2026, 10, 2)); // the September DAU recorded, the March one superseded
        expected.add(TODAY); // the seed recorded, and today
        assertThat(timeline.points()).extracting(ScoreTimeline.Point::day).containsExactlyElementsOf(expected);
        assertThat(timeline.points()).filteredOn(ScoreTimeline.Point::change).extracting(ScoreTimeline.Point::day)
                .containsExactly(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 10, 2), TODAY);
        assertThat(timeline.points()).filteredOn(ScoreTimeline.Point::monthEnd).extracting(ScoreTimeline.Point::day)
                .first().isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void theScoreMovesWhenTheFactsInForceMove() {
        handMadeLedger();

        ScoreTimeline timeline = histories.of(List.of(bytedance()), null, false);

        OptionalDouble june = on(timeline, LocalDate.of(2026, 6, 30)).products().get("doubao");
        OptionalDouble october = on(timeline, LocalDate.of(2026, 10, 31)).products().get("doubao");
        assertThat(june).isPresent();
        assertThat(october).isPresent();
        assertThat(october.getAsDouble()).as("90 million DAU in force instead of 50 million").isNotEqualTo(june.getAsDouble());
    }

    @Test
    void aProductsHistoryKeepsItsOwnChangeDaysAndStartsAtItsFirstFact() {
        handMadeLedger();

        ScoreTimeline timeline = histories.of(List.of(bytedance()), null, false);

        List<ScoreTimeline.Point> doubao = timeline.ofProduct("doubao");
        assertThat(doubao).first().extracting(ScoreTimeline.Point::day).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(doubao).last().extracting(ScoreTimeline.Point::day).isEqualTo(TODAY);
        Product other = catalog.productsOf(bytedance()).stream().filter(product -> !product.getSlug().equals("doubao"))
                .filter(product -> !timeline.ofProduct(product.getSlug()).isEmpty()).findFirst().orElseThrow();
        assertThat(timeline.ofProduct(other.getSlug())).as("its facts were all recorded with the seed, today")
                .extracting(ScoreTimeline.Point::day).containsExactly(TODAY);
    }

    @Test
    void aCompanyWithNoFactHasNoHistoryRatherThanALineAtZero() {
        Company quiet = ((Outcome.Saved<Company>) catalog.create(
                new CompanyDraft("quiet-co", "Quiet Co", "安静公司", null, null))).record();

        assertThat(histories.of(List.of(quiet), null, false).isEmpty()).isTrue();
        assertThat(histories.of(List.of(quiet), null, false).points()).isEmpty();
    }

    private static ScoreTimeline.Point on(ScoreTimeline timeline, LocalDate day) {
        return timeline.points().stream().filter(point -> point.day().equals(day)).findFirst().orElseThrow();
    }

    /** The company's and each product's score of the point are the standings' of its day, to the last digit. */
    private static void assertReconstructs(ScoreTimeline.Point point, Standings then) {
        assertThat(point.companies().get("bytedance")).as("ByteDance on " + point.day())
                .isEqualTo(then.company("bytedance").orElseThrow().overall());
        then.company("bytedance").orElseThrow().products().forEach(part -> assertThat(
                point.products().get(part.product().slug())).as(part.product().slug() + " on " + point.day())
                .isEqualTo(part.product().overall()));
    }

    /**
     * Doubao's DAU of 50 million recorded on 3 April and superseded on 2 October by 90 million; revenue recorded on
     * 3 April and retracted on 15 August. The seed's facts were recorded today.
     */
    private void handMadeLedger() {
        Fact march = record(Metric.DAU, "50000000", LocalDate.of(2026, 3, 31));
        Fact september = record(Metric.DAU, "90000000", LocalDate.of(2026, 9, 30));
        Fact revenue = record(Metric.ANNUAL_REVENUE, "2000000000", LocalDate.of(2026, 3, 31));
        ledger.retract(revenue, "Wrong year").orElseThrow();
        set(march, "recorded_at", "2026-04-03T10:00:00Z");
        set(september, "recorded_at", "2026-10-02T10:00:00Z");
        set(march, "superseded_at", "2026-10-02T10:00:00Z");
        set(revenue, "recorded_at", "2026-04-03T11:00:00Z");
        set(revenue, "retracted_at", "2026-08-15T09:00:00Z");
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

    /** Sets a moment in the stored fact, and in the one in hand, which would otherwise be written back over it. */
    private void set(Fact fact, String column, String moment) {
        entities.flush();
        jdbc.update("update fact set " + column + " = ? where id = ?", Timestamp.from(Instant.parse(moment)), fact.getId());
        entities.refresh(fact);
    }
}
