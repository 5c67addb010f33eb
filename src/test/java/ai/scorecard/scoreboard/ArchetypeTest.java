package ai.scorecard.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.methodology.Methodologies;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.MethodologyFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The article's two archetypes, on the seed data, under the stored methodology. A methodology change
 * that makes ByteDance look Alibaba-style, or Alibaba ByteDance-style, fails the build here.
 */
@SpringBootTest
class ArchetypeTest {

    @Autowired
    Scoreboard scoreboard;

    @Autowired
    Methodologies methodologies;

    @Test
    void theStoredVersionOneIsTheOneTheCoreTestsUse() {
        assertThat(methodologies.version(1)).hasValueSatisfying(published ->
                assertThat(published.rules()).isEqualTo(MethodologyFixtures.versionOne()));
    }

    @Test
    void byteDanceIsClearlyByteDanceStyleAndAlibabaClearlyAlibabaStyle() {
        Standings standings = scoreboard.all(Lens.OFFICIAL);
        assertThat(company(standings, "bytedance").styleIndex().getAsDouble()).isGreaterThan(40);
        assertThat(company(standings, "alibaba").styleIndex().getAsDouble()).isLessThan(-40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"official", "monetization-first", "growth-first", "capability-first"})
    void byteDanceCommercializesBetterAndAlibabasGapIsLarger(String lens) {
        Standings standings = scoreboard.all(lens);
        CompanyScore bytedance = company(standings, "bytedance");
        CompanyScore alibaba = company(standings, "alibaba");
        assertThat(bytedance.overall().getAsDouble()).isGreaterThan(alibaba.overall().getAsDouble() + 10);
        assertThat(alibaba.commercializationGap().getAsDouble())
                .isGreaterThan(bytedance.commercializationGap().getAsDouble());
    }

    private static CompanyScore company(Standings standings, String slug) {
        return standings.company(slug).orElseThrow();
    }
}
