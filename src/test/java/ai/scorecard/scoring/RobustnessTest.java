package ai.scorecard.scoring;

import static ai.scorecard.scoring.Examples.TODAY;
import static ai.scorecard.scoring.Examples.level;
import static ai.scorecard.scoring.Examples.number;
import static ai.scorecard.scoring.Examples.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.scorecard.fact.Metric;
import ai.scorecard.catalog.Weight;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RobustnessTest {

    /** One indicator a dimension, each reading points straight off its value, so thresholds can be solved by hand. */
    private static final Methodology ONE_PER_DIMENSION = new Methodology(1, 365, List.of(
            new Indicator("paid", Dimension.MONETIZATION, Signal.of(Metric.PAID_USERS), new Rubric.Linear(0, 100), 1),
            new Indicator("dau", Dimension.ADOPTION, Signal.of(Metric.DAU), new Rubric.Linear(0, 100), 1),
            new Indicator("retention", Dimension.GROWTH_QUALITY, Signal.of(Metric.RETENTION_30D), new Rubric.Linear(0, 100), 1),
            new Indicator("fit", Dimension.WORKFLOW_INTEGRATION, Signal.of(Metric.PAIN_POINT_FIT),
                    new Rubric.Levels(Map.of("SOLVES", 100.0, "MISSES", 0.0)), 1),
            new Indicator("pace", Dimension.EXECUTION, Signal.of(Metric.EXECUTION_PACE),
                    new Rubric.Levels(Map.of("FAST", 100.0, "SLOW", 0.0)), 1)),
            MethodologyFixtures.lenses(), MethodologyFixtures.productWeights(), List.of());

    private static CompanyInput company(String slug, double monetization, double growthQuality) {
        return new CompanyInput(slug, List.of(), List.of(product(slug + "-app", Weight.FLAGSHIP,
                number(Metric.PAID_USERS, monetization), number(Metric.RETENTION_30D, growthQuality))));
    }

    @Test
    void findsTheSmallestSingleDimensionChangeThatFlipsTheOrder() {
        Scorer scorer = new Scorer(ONE_PER_DIMENSION);
        Lens official = ONE_PER_DIMENSION.official();
        // a leads while 100·m + 20·g > 40·m + 100·g, i.e. while m > 4/3·g; official: m 0.30, g 0.20
        Robustness robustness = scorer.robustness(company("a", 100, 20), company("b", 40, 100), official, TODAY)
                .orElseThrow();

        assertThat(robustness.leader()).isEqualTo("a");
        assertThat(robustness.trailer()).isEqualTo("b");
        assertThat(robustness.leaderOverall()).isCloseTo((0.3 * 100 + 0.2 * 20) / 0.5, within(1e-9));
        assertThat(robustness.flips()).hasSize(2);
        // raising g with m = 0.375·(1 − g): flips once 0.375·(1 − g) < 4/3·g, i.e. g > 0.375 / (0.375 + 4/3)
        Robustness.Flip growth = robustness.smallestFlip().orElseThrow();
        assertThat(growth.dimension()).isEqualTo(Dimension.GROWTH_QUALITY);
        assertThat(growth.direction()).isEqualTo(Robustness.Flip.Direction.ABOVE);
        assertThat(growth.currentShare()).isCloseTo(0.2, within(1e-12));
        assertThat(growth.thresholdShare()).isCloseTo(0.375 / (0.375 + 4.0 / 3), within(1e-9));
        // lowering m with g = 0.2/0.7·(1 − m): flips once m < 4/3 · 0.2/0.7 · (1 − m)
        double k = 4.0 / 3 * 0.2 / 0.7;
        Robustness.Flip monetization = robustness.flips().get(1);
        assertThat(monetization.dimension()).isEqualTo(Dimension.MONETIZATION);
        assertThat(monetization.direction()).isEqualTo(Robustness.Flip.Direction.BELOW);
        assertThat(monetization.thresholdShare()).isCloseTo(k / (1 + k), within(1e-9));
        // adoption, integration and execution are unknown to both: moving them only rescales the rest
        assertThat(robustness.leaderAheadShare()).isBetween(0.0, 1.0);
    }

    @Test
    void reportsNoFlipWhenTheLeaderIsAheadInEveryDimension() {
        Scorer scorer = new Scorer(ONE_PER_DIMENSION);
        Robustness robustness = scorer.robustness(company("a", 30, 20), company("b", 90, 80),
                ONE_PER_DIMENSION.official(), TODAY).orElseThrow();

        assertThat(robustness.leader()).isEqualTo("b");
        assertThat(robustness.leaderAheadShare()).isEqualTo(1.0);
        assertThat(robustness.flips()).isEmpty();
        assertThat(robustness.smallestFlip()).isEmpty();
    }

    @Test
    void needsAnOverallScoreForBoth() {
        Scorer scorer = new Scorer(ONE_PER_DIMENSION);
        CompanyInput empty = new CompanyInput("empty", List.of(), List.of(product("nothing", Weight.MINOR)));

        assertThat(scorer.robustness(company("a", 30, 20), empty, ONE_PER_DIMENSION.official(), TODAY)).isEmpty();
    }

    @Test
    void givesTheSameFiguresForTheSameInputs() {
        RandomInputs first = new RandomInputs(7, TODAY);
        RandomInputs second = new RandomInputs(7, TODAY);
        Methodology methodology = MethodologyFixtures.versionOne();
        for (int c = 0; c < 20; c++) {
            Lens lens = methodology.lenses().get(c % methodology.lenses().size());
            Optional<Robustness> once = new Scorer(methodology).robustness(first.company("a", 6, 12),
                    first.company("b", 6, 12), lens, TODAY);
            Optional<Robustness> again = new Scorer(methodology).robustness(second.company("a", 6, 12),
                    second.company("b", 6, 12), lens, TODAY);
            assertThat(again).isEqualTo(once);
        }
    }

    @Test
    void agreesWithRescoringEverySampleInFull() {
        Methodology methodology = MethodologyFixtures.versionOne();
        Scorer scorer = new Scorer(methodology);
        RandomInputs inputs = new RandomInputs(11, TODAY);
        int contested = 0;
        for (int c = 0; c < 12; c++) {
            Lens lens = methodology.lenses().get(c % methodology.lenses().size());
            CompanyInput a = inputs.company("a", 4, 14);
            CompanyInput b = inputs.company("b", 4, 14);
            Optional<Robustness> found = scorer.robustness(a, b, lens, TODAY);
            if (found.isEmpty()) {
                continue;
            }
            Robustness robustness = found.get();
            CompanyInput leader = robustness.leader().equals("a") ? a : b;
            CompanyInput trailer = leader == a ? b : a;
            int ahead = 0;
            for (double[] shares : RobustnessCheck.samples(lens)) {
                Lens sample = lens("sample", shares);
                if (overall(scorer, leader, sample) > overall(scorer, trailer, sample)) {
                    ahead++;
                }
            }
            assertThat(robustness.leaderAheadShare()).isEqualTo((double) ahead / RobustnessCheck.SAMPLES);
            if (robustness.leaderAheadShare() < 1) {
                contested++;
            }
        }
        assertThat(contested).as("cases where some sample reverses the order").isPositive();
    }

    @Test
    void findsTheFlipThresholdsAGridScanFinds() {
        Methodology methodology = MethodologyFixtures.versionOne();
        Scorer scorer = new Scorer(methodology);
        RandomInputs inputs = new RandomInputs(5, TODAY);
        double step = 0.0005;
        int flipsChecked = 0;
        for (int c = 0; c < 6; c++) {
            Lens lens = methodology.official();
            CompanyInput a = inputs.company("a", 3, 14);
            CompanyInput b = inputs.company("b", 3, 14);
            Robustness robustness = scorer.robustness(a, b, lens, TODAY).orElseThrow();
            CompanyInput leader = robustness.leader().equals("a") ? a : b;
            CompanyInput trailer = leader == a ? b : a;
            double[] shares = RobustnessCheck.shares(lens);
            for (int d = 0; d < shares.length; d++) {
                for (Robustness.Flip.Direction direction : Robustness.Flip.Direction.values()) {
                    double end = direction == Robustness.Flip.Direction.ABOVE ? 1 : 0;
                    Double scanned = null;
                    int steps = (int) Math.ceil(Math.abs(end - shares[d]) / step);
                    for (int s = 1; s <= steps && scanned == null; s++) {
                        double share = s == steps ? end : shares[d] + Math.signum(end - shares[d]) * step * s;
                        Lens moved = lens("moved", RobustnessCheck.withShare(shares, d, share));
                        if (overall(scorer, trailer, moved) > overall(scorer, leader, moved)) {
                            scanned = share;
                        }
                    }
                    Dimension dimension = Dimension.commercial().get(d);
                    Optional<Robustness.Flip> reported = robustness.flips().stream()
                            .filter(flip -> flip.dimension() == dimension && flip.direction() == direction).findFirst();
                    assertThat(reported.isPresent()).as("%s %s", dimension, direction).isEqualTo(scanned != null);
                    if (scanned != null) {
                        assertThat(reported.get().thresholdShare()).isCloseTo(scanned, within(step));
                        flipsChecked++;
                    }
                }
            }
            assertThat(robustness.smallestFlip().map(Robustness.Flip::change).orElse(2.0))
                    .isEqualTo(robustness.flips().stream().mapToDouble(Robustness.Flip::change).min().orElse(2.0));
        }
        assertThat(flipsChecked).isPositive();
    }

    private static double overall(Scorer scorer, CompanyInput company, Lens lens) {
        return scorer.score(company, lens, TODAY).overall().orElse(Double.NaN);
    }

    private static Lens lens(String code, double[] shares) {
        Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
        for (int d = 0; d < shares.length; d++) {
            weights.put(Dimension.commercial().get(d), shares[d]);
        }
        return new Lens(code, weights);
    }
}
