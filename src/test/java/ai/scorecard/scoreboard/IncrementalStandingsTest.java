package ai.scorecard.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.scoring.Robustness;
import ai.scorecard.source.SourceFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After one fact is recorded, every company's standings are brought up to date by scoring again only the company
 * the fact is about, and come out as a whole new scoring would; a change nobody noted (another instance of an
 * older release, say) scores everything again. The writes here are committed, as a reader's would be.
 */
@SpringBootTest
class IncrementalStandingsTest {

    private static final String CLAIM = "IncrementalStandingsTest: GLM is paid from launch";

    private static final List<String> UNTOUCHED = List.of("bytedance", "alibaba", "tencent", "minimax");

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

    @AfterEach
    void removeTheFact() {
        jdbc.update("delete from fact where claim = ?", CLAIM);
        jdbc.update("update data_version set version = version + 1");
    }

    @Test
    void afterOneFactOnlyItsCompanyIsScoredAgainAndTheResultIsAWholeScoring() {
        Standings before = scoreboard.all("official");
        // Made for both before the fact: what the new standings keep of them must be only what still holds.
        before.robustness(company(before, "zhipu"), company(before, "bytedance"));

        ledger.record(catalog.product("glm").orElseThrow(), new FactDraft(Metric.MONETIZATION_PATH, null,
                "PAID_FROM_LAUNCH", null, null, Qualifier.EXACT, LocalDate.of(2026, 11, 1), Provenance.COMPANY_REPORTED,
                sources.cite("GLM pricing", "https://example.com/glm-pricing", LocalDate.of(2026, 11, 1)), CLAIM))
                .orElseThrow();
        Standings after = scoreboard.all("official");

        for (String slug : UNTOUCHED) {
            assertThat(after.company(slug).orElseThrow()).as(slug + " was not scored again")
                    .isSameAs(before.company(slug).orElseThrow());
        }
        assertThat(after.company("zhipu").orElseThrow().coverage())
                .isGreaterThan(before.company("zhipu").orElseThrow().coverage());

        jdbc.update("update data_version set version = version + 1"); // moved, and nothing noted: score everything
        Standings whole = scoreboard.all("official");
        for (String slug : List.of("zhipu", "bytedance")) {
            assertThat(whole.company(slug).orElseThrow()).isNotSameAs(after.company(slug).orElseThrow());
            assertSameNumbers(after.company(slug).orElseThrow(), whole.company(slug).orElseThrow());
        }
        for (String other : UNTOUCHED) {
            assertSameRobustness(other, after.robustness(company(after, "zhipu"), company(after, other)),
                    whole.robustness(company(whole, "zhipu"), company(whole, other)));
        }
    }

    /** The same verdict under the same weightings, up to the order in which the sums were added. */
    private static void assertSameRobustness(String other, Optional<Robustness> actual, Optional<Robustness> expected) {
        assertThat(actual.isPresent()).as("zhipu against " + other).isEqualTo(expected.isPresent());
        if (expected.isPresent()) {
            Robustness a = actual.get();
            Robustness e = expected.get();
            assertThat(List.of(a.leader(), a.trailer(), a.samples(), a.leaderAheadShare()))
                    .as("zhipu against " + other)
                    .isEqualTo(List.of(e.leader(), e.trailer(), e.samples(), e.leaderAheadShare()));
            assertThat(a.leaderOverall()).isCloseTo(e.leaderOverall(), within(1e-9));
            assertThat(a.flips()).hasSameSizeAs(e.flips());
            for (int i = 0; i < e.flips().size(); i++) {
                assertThat(a.flips().get(i).dimension()).isEqualTo(e.flips().get(i).dimension());
                assertThat(a.flips().get(i).thresholdShare()).isCloseTo(e.flips().get(i).thresholdShare(), within(1e-6));
            }
        }
    }

    private static CompanyScore company(Standings standings, String slug) {
        return standings.company(slug).orElseThrow();
    }

    @Test
    void aMoveOfTheDataVersionNobodyNotedScoresEveryCompanyAgain() {
        Standings before = scoreboard.all("growth-first");

        jdbc.update("update data_version set version = version + 1");
        Standings after = scoreboard.all("growth-first");

        for (String slug : UNTOUCHED) {
            assertThat(after.company(slug).orElseThrow()).isNotSameAs(before.company(slug).orElseThrow());
            assertSameNumbers(before.company(slug).orElseThrow(), after.company(slug).orElseThrow());
        }
    }

    /** The same scores; the products may come in another order, and so the sums in another order of addition. */
    private static void assertSameNumbers(CompanyScore expected, CompanyScore actual) {
        assertThat(actual.products()).containsExactlyInAnyOrderElementsOf(expected.products());
        assertThat(actual.overall().isPresent()).isEqualTo(expected.overall().isPresent());
        if (expected.overall().isPresent()) {
            assertThat(actual.overall().getAsDouble()).isCloseTo(expected.overall().getAsDouble(), within(1e-9));
        }
        assertThat(actual.coverage()).isCloseTo(expected.coverage(), within(1e-9));
    }
}
