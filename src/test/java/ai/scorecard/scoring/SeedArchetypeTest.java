package ai.scorecard.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The article's seed data, scored with methodology version 1 straight from the seed CSV files: the
 * playbooks must come out as the article describes them, or the methodology has drifted from its thesis.
 */
class SeedArchetypeTest {

    private static final LocalDate DAY_AFTER_THE_ARTICLE = LocalDate.of(2026, 11, 30);

    private static Map<String, CompanyInput> companies;

    private final Methodology methodology = MethodologyFixtures.versionOne();
    private final Scorer scorer = new Scorer(methodology);

    @BeforeAll
    static void readSeed() {
        companies = SeedInputs.read("/seed/");
    }

    private CompanyScore score(String company, String lens) {
        return scorer.score(companies.get(company), methodology.lens(lens).orElseThrow(), DAY_AFTER_THE_ARTICLE);
    }

    @Test
    void placesByteDanceOnTheByteDanceSideAndAlibabaOnTheAlibabaSide() {
        assertThat(score("bytedance", Lens.OFFICIAL).styleIndex().getAsDouble()).isGreaterThan(50);
        assertThat(score("alibaba", Lens.OFFICIAL).styleIndex().getAsDouble()).isLessThan(-50);
        assertThat(score("tencent", Lens.OFFICIAL).styleIndex().getAsDouble()).isBetween(-100.0, 0.0);
    }

    @Test
    void scoresByteDanceAheadOfAlibabaUnderEveryLens() {
        for (Lens lens : methodology.lenses()) {
            double bytedance = score("bytedance", lens.code()).overall().getAsDouble();
            double alibaba = score("alibaba", lens.code()).overall().getAsDouble();
            assertThat(bytedance).as(lens.code()).isGreaterThan(alibaba);
        }
    }

    @Test
    void showsAlibabasCommercializationGapWiderThanByteDances() {
        CompanyScore bytedance = score("bytedance", Lens.OFFICIAL);
        CompanyScore alibaba = score("alibaba", Lens.OFFICIAL);

        // the article: Qwen is China's best model, yet Alibaba turns it into little business
        assertThat(alibaba.modelCapability().getAsDouble()).isGreaterThan(bytedance.modelCapability().getAsDouble());
        assertThat(alibaba.commercializationGap().getAsDouble())
                .isGreaterThan(bytedance.commercializationGap().getAsDouble());
    }

    @Test
    void leavesTheIndependentModelCompaniesUnscoredRatherThanZero() {
        CompanyScore minimax = score("minimax", Lens.OFFICIAL);

        // the article gives no product figures for MiniMax: its products know only their stage
        assertThat(minimax.coverage()).isLessThan(0.2);
        assertThat(minimax.styleIndex()).isEmpty();
    }
}
