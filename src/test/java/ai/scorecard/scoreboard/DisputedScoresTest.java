package ai.scorecard.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.fact.CurrentFact;
import ai.scorecard.fact.DisputeDraft;
import ai.scorecard.fact.DisputeOutcome;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.RightOfReply;
import ai.scorecard.source.SourceFixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Leaving disputed facts out scores through the same path as retracting them would. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class DisputedScoresTest {

    @Autowired
    Scoreboard scoreboard;

    @Autowired
    RightOfReply disputes;

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;

    @Autowired
    SourceFixtures sources;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void leavingADisputedFactOutScoresAsRetractingItWould() {
        Company alibaba = catalog.company("alibaba").orElseThrow();
        long factId = aFactTheScoreRestsOn(alibaba);
        OptionalDouble counted = overall(scoreboard.of(List.of(alibaba), null, null, Disputed.INCLUDE));
        assertThat(disputes.dispute(factId, new DisputeDraft("Alibaba Cloud press office", null,
                sources.cite("Alibaba statement", "https://example.com/alibaba", LocalDate.of(2026, 7, 2)),
                "Not our figure.", null))).isInstanceOf(DisputeOutcome.Done.class);

        OptionalDouble disputedCounted = overall(scoreboard.of(List.of(alibaba), null, null, Disputed.INCLUDE));
        OptionalDouble leftOut = overall(scoreboard.of(List.of(alibaba), null, null, Disputed.EXCLUDE));
        OptionalDouble everyCompanyLeftOut = overall(scoreboard.all(null, null, Disputed.EXCLUDE), "alibaba");
        Fact fact = ledger.current(factId).orElseThrow();
        ledger.retract(fact, "Test: as if retracted").orElseThrow();
        OptionalDouble retracted = overall(scoreboard.of(List.of(alibaba), null, null, Disputed.INCLUDE));

        assertThat(disputedCounted).isEqualTo(counted);
        assertThat(leftOut).isNotEqualTo(counted).isEqualTo(retracted).isEqualTo(everyCompanyLeftOut);
    }

    /** A past day leaves out the facts disputed then, not those disputed since. */
    @Test
    void aPastDayLeavesOutWhatWasDisputedThatDay() {
        Company alibaba = catalog.company("alibaba").orElseThrow();
        long factId = aFactTheScoreRestsOn(alibaba);
        // Every fact recorded ten days ago, so that three days ago they were all in force.
        jdbc.update("update fact set recorded_at = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(10))));
        LocalDate pastDay = scoreboard.today().minusDays(3);
        OptionalDouble then = overall(scoreboard.of(List.of(alibaba), null, null, pastDay, Disputed.INCLUDE));
        assertThat(disputes.dispute(factId, new DisputeDraft("Alibaba Cloud press office", null,
                sources.cite("Alibaba statement", "https://example.com/alibaba", LocalDate.of(2026, 7, 2)),
                "Not our figure.", null))).isInstanceOf(DisputeOutcome.Done.class);

        assertThat(overall(scoreboard.of(List.of(alibaba), null, null, pastDay, Disputed.EXCLUDE)))
                .as("disputed only today: counted on the past day").isEqualTo(then);
        assertThat(overall(scoreboard.of(List.of(alibaba), null, null, Disputed.EXCLUDE)))
                .as("left out today").isNotEqualTo(overall(scoreboard.of(List.of(alibaba), null, null, Disputed.INCLUDE)));

        // Disputed since before that day: left out then too.
        jdbc.update("update dispute set recorded_at = ? where fact_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(5))), factId);
        assertThat(overall(scoreboard.of(List.of(alibaba), null, null, pastDay, Disputed.EXCLUDE))).isNotEqualTo(then);
    }

    @Test
    void scoresWithoutDisputesAreTheSameEitherWay() {
        Company bytedance = catalog.company("bytedance").orElseThrow();
        assertThat(overall(scoreboard.of(List.of(bytedance), null, null, Disputed.EXCLUDE)))
                .isEqualTo(overall(scoreboard.of(List.of(bytedance), null)));
    }

    /** A current fact about the company or its products without which its score would differ. */
    private long aFactTheScoreRestsOn(Company company) {
        OptionalDouble now = overall(scoreboard.of(List.of(company), null));
        for (CurrentFact fact : ledger.currentAbout(List.of(company.getId()))) {
            if (!overall(scoreboard.without(List.of(company), Set.of(fact.id()), null), company.getSlug()).equals(now)) {
                return fact.id();
            }
        }
        throw new AssertionError("Nothing moves " + company.getSlug() + "'s score");
    }

    private static OptionalDouble overall(Standings standings) {
        return standings.companies().get(0).overall();
    }

    private static OptionalDouble overall(Standings standings, String slug) {
        return standings.company(slug).orElseThrow().overall();
    }
}
