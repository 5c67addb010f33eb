package ai.scorecard.scoring;

import static ai.scorecard.scoring.Examples.TODAY;
import static ai.scorecard.scoring.Examples.level;
import static ai.scorecard.scoring.Examples.number;
import static ai.scorecard.scoring.Examples.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.scorecard.fact.Metric;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Missing facts drawn from what the same indicator is where it is known, on hand-made companies whose
 * draws can be counted by hand ({@link EvidenceRuleTest#SMALL_V2}: paid path weighs 0.125).
 */
class MissingFactsCheckTest {

    private final Scorer scorer = new Scorer(EvidenceRuleTest.SMALL_V2);
    private final Lens lens = EvidenceRuleTest.SMALL_V2.official();

    /** Revenue 66.67, DAU 33.33, stage 70, paid path unknown: 47 + 0.125 × path, out of 1.0. */
    private final CompanyInput leader = company("leader", ProductScoreTest.worked(Weight.FLAGSHIP));

    /** Everything known: (25 + 6.25 + 10 + 3.5 + 5) ÷ 1.0 = 49.75. */
    private final CompanyInput trailer = company("trailer", product("t", Weight.FLAGSHIP, Stage.PILOT,
            MonetizationAtLaunch.YES, number(Metric.ANNUAL_REVENUE, 1e10), level(Metric.MONETIZATION_PATH, "PAID_LATER"),
            number(Metric.DAU, 1e6)));

    @Test
    void aVerdictThatHangsOnOneMissingFactHoldsInTheShareOfDrawsThatKeepItAhead() {
        // The paid path is known as 50 (the trailer), 100 and 0 elsewhere: the leader stays ahead at 50 (53.25)
        // and 100 (59.5), falls behind at 0 (47), so in about two draws of three.
        CompanyInput others = company("others",
                product("paid", Weight.MINOR, level(Metric.MONETIZATION_PATH, "PAID_FROM_LAUNCH")),
                product("free", Weight.MINOR, level(Metric.MONETIZATION_PATH, "NO_NEW_REVENUE")));
        List<CompanyScore> all = score(leader, trailer, others);

        MissingFactsRobustness result = scorer.missingFacts(all.get(0), all.get(1), KnownPoints.of(all)).orElseThrow();

        assertThat(result.leader()).isEqualTo("leader");
        assertThat(result.draws()).isEqualTo(2000);
        assertThat(result.filled()).isEqualTo(1);
        assertThat(result.leaderAheadShare()).isCloseTo(2.0 / 3, within(0.04));
        assertThat(result.restsOnMissingFacts()).isTrue();
        assertThat(result.leaderAheadPercent()).isLessThan(100);
        assertThat(scorer.missingFacts(all.get(0), all.get(1), KnownPoints.of(all)))
                .as("a fixed seed: the same page every time").contains(result);
    }

    @Test
    void aCompanysDrawsAreMadeOnceAndServeEveryComparisonAlike() {
        CompanyInput others = company("others",
                product("paid", Weight.MINOR, level(Metric.MONETIZATION_PATH, "PAID_FROM_LAUNCH")),
                product("free", Weight.MINOR, level(Metric.MONETIZATION_PATH, "NO_NEW_REVENUE")));
        List<CompanyScore> all = score(leader, trailer, others);
        KnownPoints known = KnownPoints.of(all);
        MissingFactsDraws leaderDraws = scorer.missingFactsDraws(all.get(0), known);

        assertThat(scorer.missingFacts(all.get(0), leaderDraws, all.get(1), scorer.missingFactsDraws(all.get(1), known)))
                .isEqualTo(scorer.missingFacts(all.get(0), all.get(1), known));
        assertThat(scorer.missingFacts(all.get(1), scorer.missingFactsDraws(all.get(1), known), all.get(0), leaderDraws))
                .as("either side first").isEqualTo(scorer.missingFacts(all.get(0), all.get(1), known));
        assertThat(leaderDraws.scores).as("the same draws every time").containsExactly(
                scorer.missingFactsDraws(all.get(0), known).scores);
    }

    @Test
    void whenNothingIsMissingTheLeaderLeadsInEveryDraw() {
        CompanyInput complete = company("complete", product("c", Weight.FLAGSHIP, Stage.LAUNCHED, MonetizationAtLaunch.YES,
                number(Metric.ANNUAL_REVENUE, 1e11), level(Metric.MONETIZATION_PATH, "PAID_FROM_LAUNCH"),
                number(Metric.DAU, 1e8)));
        List<CompanyScore> all = score(complete, trailer);

        MissingFactsRobustness result = scorer.missingFacts(all.get(0), all.get(1), KnownPoints.of(all)).orElseThrow();

        assertThat(result.filled()).isZero();
        assertThat(result.leaderAheadShare()).isEqualTo(1.0);
        assertThat(result.restsOnMissingFacts()).isFalse();
        assertThat(result.leaderAheadPercent()).isEqualTo(100.0);
        assertThat(new MissingFactsRobustness("a", "b", 2000, 10, 1993.0 / 2000).leaderAheadPercent())
                .as("never rounded up to every draw").isEqualTo(99.6);
    }

    @Test
    void anIndicatorKnownNowhereStaysUnknownRatherThanBeingInvented() {
        // Only the leader's own facts are known anywhere: nothing is known of the paid path, so nothing is drawn.
        List<CompanyScore> all = score(leader, company("thin", product("n", Weight.FLAGSHIP,
                number(Metric.DAU, 1e5))));

        MissingFactsRobustness result = scorer.missingFacts(all.get(0), all.get(1), KnownPoints.of(all)).orElseThrow();

        // The leader lacks only the paid path (known nowhere); the other lacks revenue and stage, known on the leader.
        assertThat(result.filled()).isEqualTo(2);
    }

    @Test
    void aCompanyWithoutEvidenceHasNoVerdictToTest() {
        List<CompanyScore> all = score(leader, company("lab", product("m", Weight.FLAGSHIP, Stage.LAUNCHED,
                MonetizationAtLaunch.YES)));

        assertThat(scorer.missingFacts(all.get(0), all.get(1), KnownPoints.of(all))).isEmpty();
    }

    private List<CompanyScore> score(CompanyInput... companies) {
        return java.util.Arrays.stream(companies).map(company -> scorer.score(company, lens, TODAY)).toList();
    }

    private static CompanyInput company(String slug, ProductInput... products) {
        return new CompanyInput(slug, List.of(), List.of(products));
    }
}
