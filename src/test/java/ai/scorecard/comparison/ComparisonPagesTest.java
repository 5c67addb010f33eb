package ai.scorecard.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.Robustness;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class ComparisonPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Scoreboard scoreboard;

    @ParameterizedTest
    @CsvSource({"/compare, bytedance, alibaba, official",
            "/compare?left=tencent&right=bytedance&lens=growth-first, tencent, bytedance, growth-first",
            "/compare?left=alibaba&right=bytedance&lens=monetization-first, alibaba, bytedance, monetization-first"})
    void theNumbersAreTheScoringServices(String url, String left, String right, String lens) throws Exception {
        Standings standings = scoreboard.all(lens);
        CompanyScore a = standings.company(left).orElseThrow();
        CompanyScore b = standings.company(right).orElseThrow();
        Document page = page(url);

        assertOverall(page.selectFirst(".side-left .side-overall"), a);
        assertOverall(page.selectFirst(".side-right .side-overall"), b);
        assertThat(page.selectFirst(".side-left").attr("data-company")).isEqualTo(left);
        assertThat(page.selectFirst(".side-left .side-coverage").text()).isEqualTo(Math.round(a.coverage() * 100) + "%");
        for (Dimension dimension : Dimension.commercial()) {
            Element row = page.selectFirst("tr.dimension[data-dimension=" + dimension + "]");
            assertCell(row.selectFirst(".left"), a.dimensions().get(dimension));
            assertCell(row.selectFirst(".right"), b.dimensions().get(dimension));
        }
        assertThat(page.selectFirst(".lens-switcher .active").attr("data-lens")).isEqualTo(lens);
        assertThat(page.selectFirst(".style-index[data-company=" + left + "]").text())
                .isEqualTo(a.styleIndex().isPresent() ? String.valueOf(Math.round(a.styleIndex().getAsDouble())) : "unknown");
        assertThat(page.selectFirst("#permalink a").attr("href")).contains("left=" + left, "right=" + right,
                "lens=" + lens, "version=1");
    }

    @Test
    void theHeadlineSaysWhoLeadsByHowMuchAndHowRobustly() throws Exception {
        Standings standings = scoreboard.all("official");
        CompanyScore bytedance = standings.company("bytedance").orElseThrow();
        CompanyScore alibaba = standings.company("alibaba").orElseThrow();
        Robustness robustness = standings.robustness(bytedance, alibaba).orElseThrow();
        Document page = page("/compare");

        double margin = bytedance.overall().getAsDouble() - alibaba.overall().getAsDouble();
        assertThat(page.selectFirst("#verdict").text())
                .isEqualTo(String.format("ByteDance leads Alibaba by %.1f points.", margin));
        assertThat(page.selectFirst("#robustness").text())
                .startsWith("ByteDance stays ahead in " + Math.round(robustness.leaderAheadShare() * 100) + "% of 2,000");
        assertThat(robustness.leader()).isEqualTo("bytedance");
    }

    @Test
    void theHeadToHeadPairsTheRightProducts() throws Exception {
        Document page = page("/compare");
        Map<String, List<String>> pairs = Map.of(
                "ASSISTANT_APP", List.of("doubao", "qianwen-app"),
                "CLOUD_AND_MODEL_API", List.of("volcano-engine", "alibaba-cloud"),
                "CODING_TOOL", List.of("trae", "tongyi-lingma"),
                "FOUNDATION_MODEL", List.of("seed-models", "qwen"));
        pairs.forEach((category, pair) -> {
            Element row = page.selectFirst(".category[data-category=" + category + "]");
            assertThat(row.select(".left .product-card").eachAttr("data-product")).containsExactly(pair.get(0));
            assertThat(row.select(".right .product-card").eachAttr("data-product")).containsExactly(pair.get(1));
        });
        Element office = page.selectFirst(".category[data-category=PRODUCTIVITY_AND_OFFICE]");
        assertThat(office.select(".left .product-card").eachAttr("data-product")).containsExactly("lark", "recording-dou");
        assertThat(office.select(".right .product-card").eachAttr("data-product")).containsExactly("dingtalk");
        Element creative = page.selectFirst(".category[data-category=CREATIVE_TOOLS]");
        assertThat(creative.select(".left .product-card").eachAttr("data-product"))
                .containsExactlyInAnyOrder("jianying-capcut", "jimeng");
        assertThat(creative.selectFirst(".right .no-product").text()).isEqualTo("Alibaba has no product in this category.");
        assertThat(page.selectFirst(".category[data-category=COMMERCE] .left .no-product").text())
                .isEqualTo("ByteDance has no product in this category.");
        // Key facts carry their sources.
        Element capcut = page.selectFirst(".product-card[data-product=jianying-capcut]");
        assertThat(capcut.select(".key-fact").text()).contains("Annual revenue: ≥ 10 billion");
        assertThat(capcut.selectFirst(".key-fact a").attr("href")).startsWith("/products/jianying-capcut#fact-");
        assertThat(capcut.selectFirst(".key-fact a").attr("title")).contains("Alibaba's models are leading");
    }

    @Test
    void theLensSwitcherKeepsThePairAndNeedsNoScript() throws Exception {
        Document page = page("/compare?left=tencent&right=alibaba");
        assertThat(page.select(".lens-switcher a")).hasSize(4).allSatisfy(link ->
                assertThat(link.attr("href")).contains("left=tencent", "right=alibaba"));
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void thePlaybookAndGapShowBothCompanies() throws Exception {
        Standings standings = scoreboard.all("official");
        Document page = page("/compare");
        assertThat(page.select(".playbook-traits tr.trait").text()).contains("Paid path at launch", "Growth driver");
        for (String slug : List.of("bytedance", "alibaba")) {
            CompanyScore score = standings.company(slug).orElseThrow();
            assertThat(Double.parseDouble(page.selectFirst(".gap-table tr[data-company=" + slug + "] .gap").text()))
                    .isCloseTo(score.commercializationGap().getAsDouble(), within(0.05));
        }
    }

    @Test
    void aComparisonThatCannotBeMadeSaysWhyAndOffersTheForm() throws Exception {
        expectProblem("/compare?left=alibaba&right=alibaba", 400, "You chose Alibaba twice. Choose two different companies.");
        expectProblem("/compare?left=baidu", 404, "There is no company “baidu”. Choose one from the lists.");
        expectProblem("/compare?lens=vibes", 400, "There is no lens “vibes”. Choose one from the list.");
        expectProblem("/compare?version=42", 404, "There is no methodology version 42. Compare under the current one.");
        MvcResult hostile = mvc.perform(get("/compare").param("left", "<script>alert(1)</script>"))
                .andExpect(status().isNotFound()).andReturn();
        Document page = Jsoup.parse(hostile.getResponse().getContentAsString());
        assertThat(page.selectFirst("#problem").text())
                .isEqualTo("There is no company “<script>alert(1)</script>”. Choose one from the lists.");
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void stylesPlacesEveryCompanyWithTheScoringServicesNumbers() throws Exception {
        Standings standings = scoreboard.all("official");
        Document page = page("/styles");
        assertThat(page.select(".style-table tr.company")).hasSize(5);
        for (CompanyScore score : standings.companies()) {
            Element row = page.selectFirst(".style-table tr[data-company=" + score.slug() + "]");
            assertThat(row.selectFirst(".style").text()).isEqualTo(score.styleIndex().isPresent()
                    ? String.valueOf(Math.round(score.styleIndex().getAsDouble())) : "unknown");
            assertCell(row.selectFirst(".overall"), score.overall());
            assertThat(row.selectFirst("a").attr("href")).isEqualTo("/companies/" + score.slug());
        }
    }

    @Test
    void rankingsOrderProductsWithUnknownLast() throws Exception {
        Document all = page("/rankings");
        List<Element> rows = all.select("tr.ranked");
        assertThat(rows).hasSize(19);
        double previous = Double.MAX_VALUE;
        for (Element row : rows) {
            double score = Double.parseDouble(row.selectFirst(".overall").text());
            assertThat(score).isLessThanOrEqualTo(previous);
            previous = score;
        }
        assertThat(rows.get(0).selectFirst(".rank").text()).isEqualTo("1");

        Document coding = page("/rankings?category=coding-tool&lens=capability-first");
        assertThat(coding.select("tr.ranked").eachAttr("data-product")).containsExactly("trae", "tongyi-lingma");
        Standings standings = scoreboard.all("capability-first");
        assertCell(coding.selectFirst("tr[data-product=trae] .overall"), standings.product("trae").orElseThrow().overall());
        assertThat(coding.selectFirst("tr[data-product=trae] a").attr("href")).isEqualTo("/products/trae");

        mvc.perform(get("/rankings").param("category", "toasters")).andExpect(status().isBadRequest());
        mvc.perform(get("/rankings").param("lens", "vibes")).andExpect(status().isBadRequest());
    }

    private void expectProblem(String url, int status, String message) throws Exception {
        MvcResult result = mvc.perform(get(url)).andExpect(status().is(status)).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.selectFirst("#problem").text()).isEqualTo(message);
        assertThat(page.select("form.compare-form select#left option")).hasSize(5);
        assertThat(page.select("form.compare-form select#lens option")).hasSize(4);
        assertThat(page.select("script")).isEmpty();
    }

    private static void assertOverall(Element cell, CompanyScore score) {
        assertCell(cell, score.overall());
    }

    private static void assertCell(Element cell, java.util.OptionalDouble value) {
        if (value.isPresent()) {
            assertThat(Double.parseDouble(cell.text())).isCloseTo(value.getAsDouble(), within(0.05));
        } else {
            assertThat(cell.text()).isEqualTo("unknown");
        }
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
