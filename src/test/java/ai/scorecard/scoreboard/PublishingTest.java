package ai.scorecard.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.checks.Bilingual;
import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.EvidenceRule;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.Methodology;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class PublishingTest {

    @Autowired
    Methodologies methodologies;

    @Test
    void publishingAChangeMakesTheNextVersionAndKeepsTheOldOne() {
        PublishedMethodology one = methodologies.current();
        Methodology rules = one.rules();
        List<Lens> lenses = new ArrayList<>(rules.lenses());
        lenses.set(0, new Lens(Lens.OFFICIAL, Map.of(Dimension.MONETIZATION, 0.4, Dimension.ADOPTION, 0.2,
                Dimension.GROWTH_QUALITY, 0.2, Dimension.WORKFLOW_INTEGRATION, 0.1, Dimension.EXECUTION, 0.1)));
        Methodology changed = new Methodology(rules.version() + 1, 180, rules.indicators(), lenses,
                rules.productWeights(), rules.styleTraits(), new EvidenceRule(2, 2, 40, 0.2, 0.25));

        PublishedMethodology two = methodologies.publish(changed, "Monetization weighs more; facts age faster.",
                LocalDate.of(2026, 12, 1), "ada");

        assertThat(two.version()).isEqualTo(one.version() + 1);
        assertThat(two.rules()).isEqualTo(changed);
        assertThat(methodologies.current().version()).isEqualTo(two.version());
        assertThat(methodologies.version(one.version())).map(PublishedMethodology::rules).contains(rules);
        assertThat(methodologies.versions()).extracting(VersionNote::note)
                .startsWith(new Bilingual("Monetization weighs more; facts age faster.", null));
        assertThat(methodologies.versions()).extracting(VersionNote::publishedBy).containsExactly("ada", "system", "system");
        assertThat(two.rules().evidence()).as("the evidence rule is stored with the version")
                .isEqualTo(new EvidenceRule(2, 2, 40, 0.2, 0.25));
    }
}
