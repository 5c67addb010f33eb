package ai.scorecard.scoring;

import static ai.scorecard.scoring.Examples.TODAY;
import static ai.scorecard.scoring.Examples.indicator;
import static ai.scorecard.scoring.Examples.level;
import static ai.scorecard.scoring.Examples.number;
import static ai.scorecard.scoring.Examples.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RubricTest {

    private static final Rubric.LogScale REVENUE = new Rubric.LogScale(1e8, 1e11);
    private static final Rubric.Linear RETENTION = new Rubric.Linear(10, 60);
    private static final Rubric.RankPoints RANK = new Rubric.RankPoints(15);
    private static final Rubric.Levels PATH = new Rubric.Levels(Map.of("PAID_FROM_LAUNCH", 100.0, "PAID_LATER", 50.0));

    private static double points(Rubric rubric, Metric metric, double value, Qualifier qualifier) {
        return Grading.points(rubric, number(metric, value, qualifier));
    }

    @Nested
    class LogScale {

        @Test
        void scoresZeroAndHundredAtTheAnchorsAndClampsBeyond() {
            assertThat(points(REVENUE, Metric.ANNUAL_REVENUE, 1e8, Qualifier.EXACT)).isEqualTo(0);
            assertThat(points(REVENUE, Metric.ANNUAL_REVENUE, 1e11, Qualifier.EXACT)).isEqualTo(100);
            assertThat(points(REVENUE, Metric.ANNUAL_REVENUE, 1e7, Qualifier.EXACT)).isEqualTo(0);
            assertThat(points(REVENUE, Metric.ANNUAL_REVENUE, 1e13, Qualifier.EXACT)).isEqualTo(100);
            assertThat(points(REVENUE, Metric.ANNUAL_REVENUE, 0, Qualifier.EXACT)).isEqualTo(0);
            assertThat(points(REVENUE, Metric.ANNUAL_REVENUE, -5, Qualifier.EXACT)).isEqualTo(0);
        }

        @Test
        void isLinearInTheLogarithmBetweenTheAnchors() {
            assertThat(points(REVENUE, Metric.ANNUAL_REVENUE, 1e9, Qualifier.EXACT)).isCloseTo(100.0 / 3, within(1e-9));
            assertThat(points(REVENUE, Metric.ANNUAL_REVENUE, 1e10, Qualifier.EXACT)).isCloseTo(200.0 / 3, within(1e-9));
            // log10(3.162e9) = 9.5: half way between 1e8 and 1e11 is 10^9.5
            assertThat(points(REVENUE, Metric.ANNUAL_REVENUE, Math.pow(10, 9.5), Qualifier.EXACT)).isCloseTo(50, within(1e-9));
        }

        @Test
        void scoresAFloorAtTheBoundAndHalvesACeiling() {
            assertThat(points(REVENUE, Metric.ANNUAL_REVENUE, 1e10, Qualifier.AT_LEAST)).isCloseTo(200.0 / 3, within(1e-9));
            assertThat(points(REVENUE, Metric.ANNUAL_REVENUE, 1e10, Qualifier.ABOUT)).isCloseTo(200.0 / 3, within(1e-9));
            assertThat(points(REVENUE, Metric.ANNUAL_REVENUE, 1e10, Qualifier.AT_MOST)).isCloseTo(100.0 / 3, within(1e-9));
            assertThat(points(REVENUE, Metric.ANNUAL_REVENUE, 1e12, Qualifier.AT_MOST)).isEqualTo(50);
        }

        @Test
        void needsPositiveOrderedAnchors() {
            assertThatThrownBy(() -> new Rubric.LogScale(0, 10)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Rubric.LogScale(10, 10)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Rubric.LogScale(100, 10)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Linear {

        @Test
        void scoresBetweenTheAnchors() {
            assertThat(points(RETENTION, Metric.RETENTION_30D, 10, Qualifier.EXACT)).isEqualTo(0);
            assertThat(points(RETENTION, Metric.RETENTION_30D, 60, Qualifier.EXACT)).isEqualTo(100);
            assertThat(points(RETENTION, Metric.RETENTION_30D, 35, Qualifier.EXACT)).isCloseTo(50, within(1e-9));
            assertThat(points(RETENTION, Metric.RETENTION_30D, 5, Qualifier.EXACT)).isEqualTo(0);
            assertThat(points(RETENTION, Metric.RETENTION_30D, 95, Qualifier.EXACT)).isEqualTo(100);
            assertThat(points(RETENTION, Metric.RETENTION_30D, 35, Qualifier.AT_LEAST)).isCloseTo(50, within(1e-9));
            assertThat(points(RETENTION, Metric.RETENTION_30D, 35, Qualifier.AT_MOST)).isCloseTo(25, within(1e-9));
            assertThatThrownBy(() -> new Rubric.Linear(5, 5)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class RankPoints {

        @Test
        void losesPointsPerPlaceDownToZero() {
            assertThat(points(RANK, Metric.NICHE_RANK, 1, Qualifier.EXACT)).isEqualTo(100);
            assertThat(points(RANK, Metric.NICHE_RANK, 2, Qualifier.EXACT)).isEqualTo(85);
            assertThat(points(RANK, Metric.NICHE_RANK, 7, Qualifier.EXACT)).isEqualTo(10);
            assertThat(points(RANK, Metric.NICHE_RANK, 8, Qualifier.EXACT)).isEqualTo(0);
            assertThat(points(RANK, Metric.NICHE_RANK, 50, Qualifier.EXACT)).isEqualTo(0);
            assertThat(points(RANK, Metric.NICHE_RANK, 1.5, Qualifier.ABOUT)).isEqualTo(92.5);
        }

        @Test
        void readsAtLeastAsPlaceNOrWorseAndAtMostAsPlaceNOrBetter() {
            // "second at best": between 0 and 85 points, scored half way
            assertThat(points(RANK, Metric.TOKEN_VOLUME_RANK, 2, Qualifier.AT_LEAST)).isEqualTo(42.5);
            // "third or better": at least 70 points
            assertThat(points(RANK, Metric.TOKEN_VOLUME_RANK, 3, Qualifier.AT_MOST)).isEqualTo(70);
            assertThat(points(RANK, Metric.TOKEN_VOLUME_RANK, 1, Qualifier.AT_LEAST)).isEqualTo(50);
        }

        @Test
        void cannotReadARankBelowOne() {
            assertThat(points(RANK, Metric.NICHE_RANK, 0, Qualifier.EXACT)).isNaN();
            assertThatThrownBy(() -> new Rubric.RankPoints(0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Levels {

        @Test
        void scoresListedLevelsAndCannotReadOthers() {
            assertThat(Grading.points(PATH, level(Metric.MONETIZATION_PATH, "PAID_LATER"))).isEqualTo(50);
            assertThat(Grading.points(PATH, level(Metric.MONETIZATION_PATH, "NO_NEW_REVENUE"))).isNaN();
            assertThat(Grading.points(PATH, level(Metric.MONETIZATION_PATH, null))).isNaN();
        }

        @Test
        void keepsPointsWithin0To100() {
            assertThatThrownBy(() -> new Rubric.Levels(Map.of("PAID_LATER", 120.0)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Rubric.Levels(Map.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** Through the scorer: which fact is read, under which rubric and qualifier, and when it is unknown. */
    @Nested
    class InAProduct {

        private final Scorer scorer = new Scorer(MethodologyFixtures.versionOne());
        private final Lens official = scorer.methodology().official();

        private ProductScore score(ProductInput product) {
            return scorer.score(product, official, TODAY);
        }

        @Test
        void readsEachIndicatorUnderItsRubricAndQualifier() {
            Evidence revenue = number(Metric.ANNUAL_REVENUE, 1e10);
            Evidence tokenRank = number(Metric.TOKEN_VOLUME_RANK, 1);
            Evidence nicheRankOrWorse = number(Metric.NICHE_RANK, 2, Qualifier.AT_LEAST);
            Evidence dauAtLeast = number(Metric.DAU, 2.5e6, Qualifier.AT_LEAST);
            Evidence mauAtMost = number(Metric.MAU, 1e7, Qualifier.AT_MOST);
            Evidence retentionAbout = number(Metric.RETENTION_30D, 35, Qualifier.ABOUT);
            Evidence path = level(Metric.MONETIZATION_PATH, "PAID_FROM_LAUNCH");
            ProductScore score = score(product("p", Weight.MAJOR, Stage.LAUNCHED, MonetizationAtLaunch.YES,
                    revenue, tokenRank, nicheRankOrWorse, dauAtLeast, mauAtMost, retentionAbout, path));

            assertRead(score, "revenue", revenue, 200.0 / 3);
            assertRead(score, "token-volume-rank", tokenRank, 100);
            // "Rank 2 or worse" caps the points at rank 2's 85; the truth lies anywhere below, so half.
            assertRead(score, "niche-rank", nicheRankOrWorse, 42.5);
            // "At least 2.5e6" is scored at the bound.
            assertRead(score, "dau", dauAtLeast, 100 * (Math.log10(2.5e6) - 5) / 3);
            assertRead(score, "mau", mauAtMost, 200.0 / 3 / 2);
            assertRead(score, "retention-30d", retentionAbout, 50);
            assertRead(score, "monetization-path", path, 100);
            assertThat(indicator(score, "stage").traitValue()).isEqualTo("LAUNCHED");
            assertThat(indicator(score, "stage").points()).hasValueCloseTo(70.0, within(1e-9));
            assertThat(indicator(score, "monetization-at-launch").traitValue()).isEqualTo("YES");
            assertThat(indicator(score, "monetization-at-launch").points()).hasValueCloseTo(100.0, within(1e-9));
            IndicatorScore paidUsers = indicator(score, "paid-users");
            assertThat(paidUsers.points()).isEmpty();
            assertThat(paidUsers.reason()).isEqualTo(Unknown.MISSING);
            assertThat(paidUsers.evidence()).isNull();
            IndicatorScore integration = indicator(score, "integration-depth");
            assertThat(integration.points()).isEmpty();
            assertThat(integration.reason()).isEqualTo(Unknown.MISSING);
        }

        private void assertRead(ProductScore score, String code, Evidence fact, double points) {
            IndicatorScore indicator = indicator(score, code);
            assertThat(indicator.evidence()).as(code).isSameAs(fact);
            assertThat(indicator.reason()).as(code).isNull();
            assertThat(indicator.points()).as(code).hasValueCloseTo(points, within(1e-9));
        }

        @Test
        void treatsAMissingFactOrUnknownTraitAsMissing() {
            ProductScore score = score(product("p", Weight.MAJOR));
            IndicatorScore revenue = indicator(score, "revenue");
            assertThat(revenue.points()).isEmpty();
            assertThat(revenue.reason()).isEqualTo(Unknown.MISSING);
            assertThat(revenue.evidence()).isNull();
            assertThat(indicator(score, "stage").reason()).isEqualTo(Unknown.MISSING);
            assertThat(indicator(score, "growth-driver-trait").reason()).isEqualTo(Unknown.MISSING);
        }

        @Test
        void treatsAFactPastTheFreshnessWindowAsStale() {
            Evidence atTheLimit = number(Metric.ANNUAL_REVENUE, 1e10, Qualifier.EXACT, TODAY.minusDays(365),
                    Provenance.COMPANY_REPORTED);
            Evidence pastTheLimit = number(Metric.DAU, 1e6, Qualifier.EXACT, TODAY.minusDays(366),
                    Provenance.COMPANY_REPORTED);
            ProductScore score = score(product("p", Weight.MAJOR, atTheLimit, pastTheLimit));

            assertThat(indicator(score, "revenue").points()).hasValueCloseTo(200.0 / 3, within(1e-9));
            IndicatorScore dau = indicator(score, "dau");
            assertThat(dau.points()).isEmpty();
            assertThat(dau.reason()).isEqualTo(Unknown.STALE);
            assertThat(dau.evidence()).isSameAs(pastTheLimit);
        }

        @Test
        void readsTheNewestOfSeveralFacts() {
            Evidence older = number(Metric.DAU, 1e8, Qualifier.EXACT, TODAY.minusDays(30), Provenance.COMPANY_REPORTED);
            Evidence newer = number(Metric.DAU, 1e6, Qualifier.EXACT, TODAY.minusDays(10), Provenance.THIRD_PARTY);
            Evidence stale = number(Metric.DAU, 1e5, Qualifier.EXACT, TODAY.minusDays(900), Provenance.THIRD_PARTY);
            ProductScore score = score(product("p", Weight.MAJOR, older, newer, stale));

            assertThat(indicator(score, "dau").evidence()).isSameAs(newer);
            assertThat(indicator(score, "dau").points()).hasValueCloseTo(100.0 / 3, within(1e-9));
        }

        @Test
        void marksALevelTheRubricCannotReadAsUnrated() {
            Methodology methodology = new Methodology(1, 365,
                    java.util.List.of(new Indicator("path", Dimension.MONETIZATION, Signal.of(Metric.MONETIZATION_PATH),
                            PATH, 1)),
                    MethodologyFixtures.lenses(), MethodologyFixtures.productWeights(), java.util.List.of());
            Scorer narrow = new Scorer(methodology);
            ProductScore score = narrow.score(product("p", Weight.MAJOR, level(Metric.MONETIZATION_PATH, "NO_NEW_REVENUE")),
                    methodology.official(), TODAY);

            assertThat(score.indicators().get(0).reason()).isEqualTo(Unknown.UNRATED);
            assertThat(score.indicators().get(0).points()).isEmpty();
            assertThat(score.indicators().get(0).evidence().level()).isEqualTo("NO_NEW_REVENUE");
            assertThat(score.overall()).isEmpty();
        }
    }
}
