package ai.scorecard.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ai.scorecard.catalog.Weight;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoring.Methodology;
import ai.scorecard.scoring.MethodologyFixtures;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** {@code /methodology/diff}: the rules that changed, and the numbers each version gives every company. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MethodologyDiffTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Scoreboard scoreboard;
    @Autowired
    MessageSource messages;

    @Test
    void versionTwoChangedOnlyTheEvidenceRule() {
        MethodologyDiff diff = MethodologyDiff.between(MethodologyFixtures.versionOne(), MethodologyFixtures.versionTwo());
        assertThat(diff.changes()).isNotEmpty()
                .allMatch(change -> change.area() == MethodologyDiff.Area.EVIDENCE_RULE);
        assertThat(diff.changes()).anySatisfy(change -> {
            assertThat(change.detail()).isEqualTo("minSourcedFacts");
            assertThat(change.before()).isEqualTo("0");
            assertThat(change.after()).isEqualTo("1");
        });
        assertThat(MethodologyDiff.between(MethodologyFixtures.versionTwo(), MethodologyFixtures.versionTwo()).changes())
                .isEmpty();
    }

    @Test
    void aChangedWeightAndARemovedIndicatorAreEachALine() {
        Methodology one = MethodologyFixtures.versionOne();
        Map<Weight, Double> weights = new HashMap<>(one.productWeights());
        weights.put(Weight.FLAGSHIP, 4.0);
        Methodology changed = new Methodology(3, 180, one.indicators().subList(1, one.indicators().size()),
                one.lenses(), weights, one.styleTraits());

        MethodologyDiff diff = MethodologyDiff.between(one, changed);

        assertThat(diff.changes()).anySatisfy(change -> {
            assertThat(change.area()).isEqualTo(MethodologyDiff.Area.PRODUCT_WEIGHT);
            assertThat(change.item()).isEqualTo("FLAGSHIP");
            assertThat(change.after()).isEqualTo("4");
        });
        assertThat(diff.changes()).anySatisfy(change -> {
            assertThat(change.area()).isEqualTo(MethodologyDiff.Area.FRESHNESS);
            assertThat(change.before()).isEqualTo("365");
            assertThat(change.after()).isEqualTo("180");
        });
        String removed = one.indicators().get(0).code();
        assertThat(diff.changes()).filteredOn(change -> change.item().equals(removed))
                .isNotEmpty().allMatch(change -> change.after() == null && change.before() != null);
        // Its rubric and dimension are worded in the reader's language, as the methodology page words them.
        MethodologyDiff.RuleChange rubric = diff.changes().stream()
                .filter(change -> change.item().equals(removed) && change.detail().equals("rubric")).findFirst().orElseThrow();
        assertThat(rubric.beforeWords().code()).startsWith("methodology.rubric.");
        String chinese = messages.getMessage(rubric.beforeWords().code(), rubric.beforeWords().args(), Locale.CHINESE);
        assertThat(chinese).doesNotContain("log", "linear", "rank").containsAnyOf("刻度", "排名");
        MethodologyDiff.RuleChange dimension = diff.changes().stream()
                .filter(change -> change.item().equals(removed) && change.detail().equals("dimension")).findFirst().orElseThrow();
        assertThat(messages.getMessage(dimension.beforeWords().code(), dimension.beforeWords().args(), Locale.CHINESE))
                .isNotEqualTo(dimension.before()).doesNotContainPattern("[A-Z_]{4,}");
    }

    @Test
    void thePageShowsTheScoresAndRanksEachVersionGives() throws Exception {
        Document page = page("/methodology/diff?from=1&to=2");
        Standings one = scoreboard.all(null, 1);
        Standings two = scoreboard.all(null, 2);

        assertThat(page.select("tr.rule-change")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.attr("data-area")).isEqualTo("EVIDENCE_RULE"));
        assertThat(page.select("tr.score-shift")).hasSize(two.companies().size());
        for (Standings.Scored scored : two.scoredCompanies()) {
            String slug = scored.company().getSlug();
            Element row = page.selectFirst("tr.score-shift[data-company=" + slug + "]");
            assertThat(row.selectFirst(".score-before").text()).isEqualTo(shown(one, slug));
            assertThat(row.selectFirst(".score-after").text()).isEqualTo(shown(two, slug));
            assertThat(row.selectFirst(".rank-before").text()).isEqualTo(rank(one, slug));
            assertThat(row.selectFirst(".rank-after").text()).isEqualTo(rank(two, slug));
        }
        Document chinese = page("/methodology/diff?from=1&to=2&lang=zh-CN");
        assertThat(chinese.selectFirst("h1").text()).isEqualTo("方法论从第 1 版到第 2 版");
        assertThat(chinese.selectFirst("tr.rule-change th").text()).isEqualTo("证据规则");
        assertThat(page("/methodology").selectFirst("a.version-diff").attr("href")).isEqualTo("/methodology/diff?from=1&to=2");
    }

    @Test
    void badOrUnknownVersionsAreRefused() throws Exception {
        assertThat(status("/methodology/diff?from=1&to=99")).isEqualTo(404);
        assertThat(status("/methodology/diff?from=0&to=2")).isEqualTo(404);
        assertThat(status("/methodology/diff?from=one&to=2")).isEqualTo(400);
        assertThat(status("/methodology/diff?from=1")).isEqualTo(400);
    }

    private static String shown(Standings standings, String slug) {
        var overall = standings.company(slug).orElseThrow().overall();
        return overall.isPresent() ? String.format(java.util.Locale.ENGLISH, "%.1f", overall.getAsDouble()) : "—";
    }

    private static String rank(Standings standings, String slug) {
        var rank = standings.companyRank(slug);
        return rank.isPresent() ? Integer.toString(rank.getAsInt()) : "—";
    }

    private int status(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getStatus();
    }

    private Document page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
