package ai.scorecard.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.scoring.Contribution;
import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.MissingFactsRobustness;
import ai.scorecard.scoring.ProductScore;
import ai.scorecard.scoring.Robustness;
import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class ComparisonPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Scoreboard scoreboard;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcTemplate jdbc;

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
                "lens=" + lens, "version=2");
    }

    @Test
    void eachSideShowsItsEvidenceOnlyScoreAndRangeAndTheVerdictHowMuchItRestsOnMissingFacts() throws Exception {
        Standings standings = scoreboard.all("official");
        CompanyScore bytedance = standings.company("bytedance").orElseThrow();
        CompanyScore alibaba = standings.company("alibaba").orElseThrow();
        MissingFactsRobustness missing = standings.missingFacts(bytedance, alibaba).orElseThrow();
        Document page = page("/compare");

        Element left = page.selectFirst(".side-left");
        assertThat(Double.parseDouble(left.selectFirst(".side-evidence-only").text()))
                .isCloseTo(bytedance.evidenceOnly().getAsDouble(), within(0.05));
        assertThat(left.selectFirst(".score-range").text()).isEqualTo(String.format("%.1f–%.1f",
                bytedance.interval().orElseThrow().low(), bytedance.interval().orElseThrow().high()));
        assertThat(bytedance.interval().orElseThrow().contains(bytedance.overall().getAsDouble())).isTrue();
        assertThat(page.selectFirst("#missing-facts").text()).isEqualTo(String.format(
                "ByteDance leads in %.1f%% of 2,000 draws of the %d missing facts%s",
                missing.leaderAheadPercent(), missing.filled(), missing.restsOnMissingFacts()
                        ? ": the verdict rests partly on facts nobody has recorded."
                        : ": no draw of the missing facts reverses it."));

        // The range chart draws each company and its scored products, and tabulates the same numbers.
        Element chart = page.selectFirst("#compare-ranges");
        assertThat(chart.select("svg .range-band")).hasSize(chart.select("table tbody tr").size());
        Element firstRow = chart.selectFirst("table tbody tr");
        assertThat(firstRow.selectFirst("th").text()).isEqualTo("ByteDance");
        assertThat(firstRow.select("td").eachText()).containsExactly(
                String.format("%.1f", bytedance.overall().getAsDouble()),
                String.format("%.1f", bytedance.evidenceOnly().getAsDouble()),
                String.format("%.1f", bytedance.interval().orElseThrow().low()),
                String.format("%.1f", bytedance.interval().orElseThrow().high()));
    }

    @Test
    void noLeaderIsCalledAgainstACompanyWithoutEvidence() throws Exception {
        Document page = page("/compare?left=minimax&right=bytedance");

        assertThat(page.selectFirst(".side-left .side-overall").text()).isEqualTo("not enough evidence");
        assertThat(page.selectFirst("#verdict").text())
                .isEqualTo("No leader is called: MiniMax has not enough sourced evidence for a score.");
        assertThat(page.select("#robustness, #missing-facts")).isEmpty();
        assertThat(page.selectFirst("#headline").text()).doesNotContain("leads", "▲");
        assertThat(page.select("#compare-ranges .no-evidence")).isNotEmpty();

        Document chinese = page("/compare?left=minimax&right=bytedance&lang=zh-CN");
        assertThat(chinese.selectFirst(".side-left .side-overall").text()).isEqualTo("证据不足");
        assertThat(chinese.selectFirst("#verdict").text()).isEqualTo("无法判定谁领先：MiniMax的来源证据不足，没有得分。");
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
                .startsWith("ByteDance stays ahead in " + Math.round(robustness.leaderAheadShare() * 100) + "% of 2,000")
                .containsPattern("around this lens; (the order flips|no change)");
        assertThat(robustness.leader()).isEqualTo("bytedance");

        // Issue 14: written for Chinese, with no space between Chinese words or around the names.
        Document chinese = page("/compare?lang=zh-CN");
        assertThat(chinese.selectFirst("#verdict").text())
                .isEqualTo(String.format("字节跳动领先阿里巴巴 %.1f 分。", margin));
        assertThat(chinese.selectFirst("#robustness").text()).startsWith("在这个视角附近的 2,000 种加权方案中，字节跳动在 "
                + Math.round(robustness.leaderAheadShare() * 100) + "% 的方案中保持领先；")
                .containsPattern("领先；(只有当|单独改变)");
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
            assertEstimate(row.selectFirst(".overall .figure"), score.overall());
            assertThat(row.selectFirst("a").attr("href")).isEqualTo("/companies/" + score.slug());
        }
        // Companies without sourced evidence are named under the map rather than placed on it.
        assertThat(page.select(".unplaced a").eachAttr("data-company")).containsExactly("minimax", "zhipu");
        assertThat(page.select("#style-map svg a.point").eachAttr("href")).doesNotContain("/companies/minimax", "/companies/zhipu");
    }

    @Test
    void rankingsOrderProductsWithoutEnoughEvidenceLastAndUnranked() throws Exception {
        Standings official = scoreboard.all("official");
        Document all = page("/rankings");
        org.jsoup.select.Elements rows = all.select("tr.ranked");
        List<String> scored = official.companies().stream().flatMap(company -> company.products().stream())
                .map(Contribution::product).filter(product -> product.overall().isPresent()).map(ProductScore::slug)
                .toList();
        assertThat(rows.eachAttr("data-product")).containsExactlyInAnyOrderElementsOf(scored);
        double previous = Double.MAX_VALUE;
        for (Element row : rows) {
            ProductScore product = official.product(row.attr("data-product")).orElseThrow();
            double score = Double.parseDouble(row.selectFirst(".overall").text());
            assertThat(score).isLessThanOrEqualTo(previous).isCloseTo(product.overall().getAsDouble(), within(0.05));
            assertThat(Double.parseDouble(row.selectFirst(".evidence-only").text()))
                    .isCloseTo(product.evidenceOnly().getAsDouble(), within(0.05));
            assertThat(row.selectFirst(".range svg").attr("aria-label")).startsWith("Score " + row.selectFirst(".overall").text());
            previous = score;
        }
        assertThat(rows.get(0).selectFirst(".rank").text()).isEqualTo("1");
        assertThat(all.select("li.unranked-product").eachAttr("data-product"))
                .containsExactlyInAnyOrder("dingtalk", "tongyi-lingma", "minimax-models", "glm", "qwen");
        assertThat(all.selectFirst("li.unranked-product[data-product=dingtalk]").text())
                .contains("Alibaba; 0 sourced facts, needs at least 1 in 1 dimensions");

        Document coding = page("/rankings?category=coding-tool&lens=capability-first");
        assertThat(coding.select("tr.ranked").eachAttr("data-product")).containsExactly("trae");
        assertThat(coding.select("li.unranked-product").eachAttr("data-product")).containsExactly("tongyi-lingma");
        Standings standings = scoreboard.all("capability-first");
        assertEstimate(coding.selectFirst("tr[data-product=trae] .overall"), standings.product("trae").orElseThrow().overall());
        assertThat(coding.selectFirst("tr[data-product=trae] a").attr("href")).isEqualTo("/products/trae");

        mvc.perform(get("/rankings").param("category", "toasters")).andExpect(status().isBadRequest());
        mvc.perform(get("/rankings").param("lens", "vibes")).andExpect(status().isBadRequest());
    }

    @Test
    void theFormOffersEveryCompanyInTheReadersLanguageWithTheAskedPairChosen() throws Exception {
        List<Company> companies = catalog.companies();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Document page = page("/compare?left=zhipu&right=minimax&lang=" + locale.toLanguageTag());
            for (String side : List.of("left", "right")) {
                Elements options = page.select("form.compare-form select#" + side + " option");
                assertThat(options.eachAttr("value")).containsExactlyElementsOf(
                        companies.stream().map(Company::getSlug).toList());
                assertThat(options.eachText()).containsExactlyElementsOf(
                        companies.stream().map(company -> company.name(locale)).toList());
            }
            assertThat(page.select("select#left option[selected]").eachAttr("value")).containsExactly("zhipu");
            assertThat(page.select("select#right option[selected]").eachAttr("value")).containsExactly("minimax");
        }
        // The options are drawn once per data version: another pair chooses its own.
        Document swapped = page("/compare?left=minimax&right=zhipu");
        assertThat(swapped.select("select#left option[selected]").eachAttr("value")).containsExactly("minimax");
        assertThat(swapped.select("select#right option[selected]").eachAttr("value")).containsExactly("zhipu");

        // A company another instance adds is offered once its data version is committed.
        jdbc.update("insert into company (slug, name_en) values ('choices-co', 'Choices <Co>')");
        jdbc.update("update data_version set version = version + 1");
        try {
            Element added = page("/compare").selectFirst("select#right option[value=choices-co]");
            assertThat(added.text()).isEqualTo("Choices <Co>");
        } finally {
            jdbc.update("delete from company where slug = 'choices-co'");
            jdbc.update("update data_version set version = version + 1");
        }
    }

    @Test
    void aNameThatLooksLikeMarkupOrLikeTheFramesMarksIsShownAsTypedWhereverThePairGoes() throws Exception {
        // The comparison's frame marks where the pair goes with characters of Unicode's private use area
        // (Frame): a name made of them is text like any other, never a place to fill.
        String name = "Marks \uE000right.name\uE001 & <b>\"Co's\"</b>";
        jdbc.update("insert into company (slug, name_en) values ('marks-co', ?)", name);
        jdbc.update("update data_version set version = version + 1");
        try {
            Document page = page("/compare?left=marks-co&right=alibaba");
            assertThat(page.selectFirst("h1").text()).isEqualTo(name + " vs Alibaba");
            assertThat(page.select("table.dimension-comparison thead th").eachText()).contains(name, "Alibaba");
            assertThat(page.select("table.playbook-traits thead th").eachText()).contains(name, "Alibaba");
            assertThat(page.selectFirst(".side-left").attr("data-company")).isEqualTo("marks-co");
            assertThat(page.selectFirst(".side-left .card-title").text()).isEqualTo(name);
            assertThat(page.select("b")).as("no markup from the name").isEmpty();
            assertThat(page.selectFirst("#permalink a").attr("href")).startsWith("/compare?left=marks-co&right=alibaba");

            Document problem = Jsoup.parse(mvc.perform(get("/compare").param("left", "\uE000left.options\uE001"))
                    .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString());
            assertThat(problem.selectFirst("#problem").text()).contains("\uE000left.options\uE001");
            assertThat(problem.select("select#left option")).hasSize(catalog.companies().size());
        } finally {
            jdbc.update("delete from company where slug = 'marks-co'");
            jdbc.update("update data_version set version = version + 1");
        }
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
        assertEstimate(cell, score.overall());
    }

    /** A score that ranks: its figure, or "not enough evidence" — never a number from no evidence. */
    private static void assertEstimate(Element cell, java.util.OptionalDouble value) {
        if (value.isPresent()) {
            assertThat(Double.parseDouble(cell.text())).isCloseTo(value.getAsDouble(), within(0.05));
        } else {
            assertThat(cell.text()).isEqualTo("not enough evidence");
        }
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
