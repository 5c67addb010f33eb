package ai.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Methodology version 1 computes exactly as it did before version 2 existed: its numbers on the seed as it
 * stood on 2026-11-30 (a fixed copy under {@code fixtures/}) are pinned here, whatever the live seed and
 * the current methodology become.
 */
class VersionOnePinTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final Map<String, CompanyInput> seed = SeedInputs.read("/fixtures/seed-2026-11-30/");
    private final Methodology versionOne = MethodologyFixtures.versionOne();
    private final Scorer scorer = new Scorer(versionOne);

    @Test
    void byteDanceAndAlibabaScoreWhatTheyAlwaysDid() {
        CompanyScore bytedance = scorer.score(seed.get("bytedance"), versionOne.official(), TODAY);
        CompanyScore alibaba = scorer.score(seed.get("alibaba"), versionOne.official(), TODAY);

        assertThat(bytedance.overall().getAsDouble()).isCloseTo(86.6, within(0.05));
        assertThat(alibaba.overall().getAsDouble()).isCloseTo(32.8, within(0.05));
        assertThat(bytedance.commercializationGap().getAsDouble()).isCloseTo(-16.6, within(0.05));
        assertThat(alibaba.commercializationGap().getAsDouble()).isCloseTo(67.2, within(0.05));
        assertThat(bytedance.styleIndex().getAsDouble()).isCloseTo(87, within(0.5));
        assertThat(alibaba.styleIndex().getAsDouble()).isCloseTo(-83, within(0.5));
    }

    @Test
    void versionOneScoresTraitsAloneAndNeedsNoSourcedFact() {
        // What version 2 forbids: DingTalk and the independent labs' models score from their stage alone.
        CompanyScore minimax = scorer.score(seed.get("minimax"), versionOne.official(), TODAY);
        CompanyScore alibaba = scorer.score(seed.get("alibaba"), versionOne.official(), TODAY);

        assertThat(minimax.overall().getAsDouble()).isCloseTo(70.0, within(0.05));
        assertThat(product(alibaba, "dingtalk").overall().getAsDouble()).isCloseTo(70.0, within(0.05));
        assertThat(product(alibaba, "dingtalk").evidence().sourcedFacts()).isZero();
    }

    @Test
    void underVersionOneTheEstimateIsTheEvidenceOnlyScore() {
        CompanyScore bytedance = scorer.score(seed.get("bytedance"), versionOne.official(), TODAY);

        for (Contribution contribution : bytedance.products()) {
            ProductScore product = contribution.product();
            assertThat(product.overall()).isEqualTo(product.evidenceOnly());
            assertThat(product.priorPoints()).isZero();
        }
        assertThat(bytedance.overall()).isEqualTo(bytedance.evidenceOnly());
    }

    private static ProductScore product(CompanyScore company, String slug) {
        return company.products().stream().map(Contribution::product).filter(p -> p.slug().equals(slug)).findFirst()
                .orElseThrow();
    }
}
