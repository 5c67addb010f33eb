package ai.scorecard.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MethodologyPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void showsEveryIndicatorWithItsRubricAndWeights() throws Exception {
        Document page = page("/methodology");
        assertThat(page.selectFirst("#methodology-version").text()).startsWith("Version 2");
        assertThat(page.select("tr.indicator")).hasSize(23);
        Element revenue = page.selectFirst("tr.indicator[data-indicator=revenue]");
        assertThat(revenue.selectFirst(".rubric").text()).isEqualTo("log scale from 100 million (0 points) to 100 billion (100 points)");
        // revenue weighs 3 of the 8 indicator weight in monetization, which weighs 30%: 11.25%
        assertThat(Double.parseDouble(revenue.selectFirst(".official-weight").text().replace("%", "")))
                .isCloseTo(11.25, within(0.051));
        assertThat(page.selectFirst("tr.indicator[data-indicator=niche-rank] .rubric").text())
                .isEqualTo("rank 1 earns 100, each place lower 15 less");
        assertThat(page.selectFirst("tr.indicator[data-indicator=stage] .rubric").text())
                .isEqualTo("Monetized 100; Launched 70; Pilot 35; Announced 0");
        // The official weights of the commercialization indicators add up to the whole score.
        double total = page.select("tr.indicator .official-weight").stream()
                .filter(cell -> !cell.text().equals("—"))
                .mapToDouble(cell -> Double.parseDouble(cell.text().replace("%", ""))).sum();
        assertThat(total).isCloseTo(100, within(0.5));
        assertThat(page.selectFirst("section[data-dimension=MODEL_CAPABILITY] h3").text())
                .contains("kept apart from the commercialization score");
        assertThat(page.selectFirst("#freshness").text()).contains("365 days");
    }

    @Test
    void showsTheLensesTheRollUpRuleAndTheVersions() throws Exception {
        Document page = page("/methodology");
        assertThat(page.select("tr.lens")).extracting(row -> row.attr("data-lens"))
                .containsExactly("official", "monetization-first", "growth-first", "capability-first");
        assertThat(page.select("tr.lens[data-lens=official] td")).extracting(Element::text)
                .containsExactly("30%", "20%", "20%", "15%", "15%");
        assertThat(page.select("#roll-up + p").text()).contains("flagship product weighs 3", "major one 2", "minor one 1");
        assertThat(page.select(".versions li")).hasSize(2);
        assertThat(page.select(".versions li a.version-diff")).extracting(link -> link.attr("href"))
                .containsExactly("/methodology/diff?from=1&to=2");
        assertThat(page.select(".versions li a:not(.version-diff)")).extracting(link -> link.attr("href"))
                .containsExactly("/methodology?version=2", "/methodology?version=1");
    }

    @Test
    void explainsTheEvidenceMinimumThePriorAndTheRangeInBothLanguages() throws Exception {
        Document english = page("/methodology");
        assertThat(english.selectFirst(".evidence-rule").text())
                .contains("at least 1 current, sourced facts", "in at least 1 dimensions", "not enough evidence");
        assertThat(english.selectFirst(".editor-call").text()).contains("weighs 50% of a fact");
        assertThat(english.selectFirst(".estimate-rule").text()).contains("neutral prior of 50 points", "m = 0.10", "IMDb");
        assertThat(english.selectFirst(".interval-rule").text()).contains("scored 0", "scored 100");
        assertThat(english.selectFirst(".missing-facts-rule").text()).contains("2,000 times");

        Document chinese = Jsoup.parse(mvc.perform(get("/methodology").param("lang", "zh-CN")).andReturn().getResponse()
                .getContentAsString());
        assertThat(chinese.selectFirst(".evidence-rule").text()).contains("没有证据就没有得分", "至少 1 条");
        assertThat(chinese.selectFirst(".estimate-rule").text()).contains("50 分的中性先验", "m = 0.10");
        assertThat(chinese.selectFirst(".interval-rule").text()).contains("可能区间");

        Document versionOne = page("/methodology?version=1");
        assertThat(versionOne.select(".evidence-rule")).isEmpty();
        assertThat(versionOne.selectFirst(".no-evidence-rule").text()).contains("no evidence minimum and no prior");
    }

    @Test
    void olderVersionsStayReadableAndUnknownOnesAre404() throws Exception {
        assertThat(page("/methodology?version=1").selectFirst("#methodology-version").text()).startsWith("Version 1");
        mvc.perform(get("/methodology").param("version", "99")).andExpect(status().isNotFound());
        mvc.perform(get("/methodology").param("version", "one")).andExpect(status().isBadRequest());
    }

    @Test
    void readsInChinese() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/methodology").param("lang", "zh-CN")).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.selectFirst("h1").text()).isEqualTo("方法论");
        assertThat(page.selectFirst("tr.indicator[data-indicator=revenue] .rubric").text()).contains("亿");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
