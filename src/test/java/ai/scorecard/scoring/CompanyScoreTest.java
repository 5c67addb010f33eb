package ai.scorecard.scoring;

import static ai.scorecard.scoring.Examples.TODAY;
import static ai.scorecard.scoring.Examples.level;
import static ai.scorecard.scoring.Examples.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyScoreTest {

    private final Scorer scorer = new Scorer(ProductScoreTest.SMALL);
    private final Lens lens = ProductScoreTest.SMALL.official();

    /**
     * Flagship (weight 3): overall 56, coverage 0.875, confidence 0.7445, capability 100, style +1.
     * Major (weight 2): only stage MONETIZED, so overall 100 and coverage 0.2; capability BEHIND (30);
     * style: misses the pain point (−1), no paid path at launch (−1).
     * Minor (weight 1): nothing known.
     * Company: AI patchwork (−1, trait weight 2).
     */
    private CompanyInput company() {
        return new CompanyInput("acme", List.of(level(Metric.AI_REACH, "PATCHWORK"),
                level(Metric.RESEARCH_ORGANISATION, "CENTRALISED_RESEARCH", TODAY.minusDays(400), Provenance.COMMENTARY)),
                List.of(ProductScoreTest.worked(Weight.FLAGSHIP),
                        product("major", Weight.MAJOR, Stage.MONETIZED, MonetizationAtLaunch.NO,
                                level(Metric.MODEL_STANDING, "BEHIND"), level(Metric.PAIN_POINT_FIT, "MISSES")),
                        product("minor", Weight.MINOR)));
    }

    @Test
    void rollsUpTheKnownOverallScoresByProductWeight() {
        CompanyScore score = scorer.score(company(), lens, TODAY);

        // (3 · 56 + 2 · 100) / (3 + 2); the minor product has no overall and no say
        assertThat(score.overall()).hasValueCloseTo(73.6, within(1e-9));
        assertThat(score.products()).extracting(Contribution::weightShare)
                .containsExactly(0.6, 0.4, 0.0);
        assertThat(score.products().get(0).pointsAdded()).isCloseTo(33.6, within(1e-9));
        assertThat(score.products().get(1).pointsAdded()).isCloseTo(40, within(1e-9));
        assertThat(score.products().get(2).pointsAdded()).isZero();
        assertThat(score.products().stream().mapToDouble(Contribution::pointsAdded).sum())
                .isCloseTo(score.overall().getAsDouble(), within(1e-9));
        assertThat(score.products()).extracting(contribution -> contribution.product().slug())
                .containsExactly("worked", "major", "minor");
    }

    @Test
    void rollsUpDimensionsOverTheProductsThatKnowThem() {
        CompanyScore score = scorer.score(company(), lens, TODAY);

        assertThat(score.dimensions().get(Dimension.MONETIZATION)).hasValueCloseTo(200.0 / 3, within(1e-9));
        assertThat(score.dimensions().get(Dimension.ADOPTION)).hasValueCloseTo(100.0 / 3, within(1e-9));
        // (3 · 70 + 2 · 100) / 5
        assertThat(score.dimensions().get(Dimension.EXECUTION)).hasValueCloseTo(82.0, within(1e-9));
        assertThat(score.dimensions().get(Dimension.GROWTH_QUALITY)).isEmpty();
    }

    @Test
    void countsAnUnscoredProductAsZeroCoverage() {
        CompanyScore score = scorer.score(company(), lens, TODAY);

        // (3 · 0.875 + 2 · 0.2 + 1 · 0) / 6
        assertThat(score.coverage()).isCloseTo(3.025 / 6, within(1e-12));
        // (3 · 0.7445 + 2 · 0.2 · 0.7 + 0) / 6
        assertThat(score.confidence()).isCloseTo((3 * 0.7445 + 2 * 0.14) / 6, within(1e-12));
    }

    @Test
    void takesTheStrongestModelAsTheCompanysCapability() {
        CompanyScore score = scorer.score(company(), lens, TODAY);

        assertThat(score.modelCapability()).hasValueCloseTo(100.0, within(1e-9));
        assertThat(score.commercializationGap()).hasValueCloseTo(100 - 73.6, within(1e-9));
    }

    @Test
    void weighsCompanyFactsAsMuchAsAllProductsTogether() {
        CompanyScore score = scorer.score(company(), lens, TODAY);

        // product observations: +1 × 3, −1 × 2, −1 × 2; AI patchwork −1 × trait weight 2 × (3 + 2 + 1);
        // the research-organisation fact is stale and ignored
        double total = 3 + 2 + 2 + 12;
        assertThat(score.styleIndex()).hasValueCloseTo(100 * (3 - 2 - 2 - 12) / total, within(1e-9));
        assertThat(score.styleReasons()).extracting(StyleReason::subject, StyleReason::level, StyleReason::weight)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("worked", "YES", 3.0),
                        org.assertj.core.groups.Tuple.tuple("major", "NO", 2.0),
                        org.assertj.core.groups.Tuple.tuple("major", "MISSES", 2.0),
                        org.assertj.core.groups.Tuple.tuple("acme", "PATCHWORK", 12.0));
        assertThat(score.styleReasons().get(3).scope()).isEqualTo(StyleReason.Scope.COMPANY);
        assertThat(score.styleReasons().get(3).evidence()).isNotNull();
        assertThat(score.styleReasons().stream().mapToDouble(StyleReason::contribution).sum())
                .isCloseTo(score.styleIndex().getAsDouble(), within(1e-9));
    }

    @Test
    void hasNoScoresWithoutProductsButCanStillBePlaced() {
        CompanyScore score = scorer.score(new CompanyInput("shell", List.of(level(Metric.AI_REACH, "EVERY_PRODUCT")),
                List.of()), lens, TODAY);

        assertThat(score.overall()).isEmpty();
        assertThat(score.coverage()).isZero();
        assertThat(score.confidence()).isZero();
        assertThat(score.modelCapability()).isEmpty();
        assertThat(score.commercializationGap()).isEmpty();
        assertThat(score.styleIndex()).hasValue(100.0);
    }

    @Test
    void hasNoStyleIndexWhenNothingPlacesIt() {
        CompanyScore score = scorer.score(new CompanyInput("blank", List.of(), List.of(product("p", Weight.MINOR))),
                lens, TODAY);

        assertThat(score.styleIndex()).isEmpty();
        assertThat(score.styleReasons()).isEmpty();
    }
}
