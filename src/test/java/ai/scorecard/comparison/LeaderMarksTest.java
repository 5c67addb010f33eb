package ai.scorecard.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Colour is never the only carrier of who leads on the comparison page. With every colour taken out of the page
 * (fill, stroke and style attributes, and the CSS), the leader of each row of the dimension chart is still told
 * by a word and a symbol on the leader's side, and the dimension table and the category headings name the leader
 * after a "▲". The expected leader comes from the figures the page prints, not from the colours.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LeaderMarksTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/compare?lang=en, ▲ leads, leads ▲, = tie",
            "/compare?left=tencent&right=alibaba&lens=growth-first&lang=en, ▲ leads, leads ▲, = tie",
            "/compare?left=alibaba&right=bytedance&lens=capability-first&lang=zh-CN, ▲ 领先, 领先 ▲, = 持平"})
    void everyLeaderIsMarkedInWordsAndSymbolsNotOnlyInColour(String url, String leftLeads, String rightLeads, String tie)
            throws Exception {
        Document page = withoutColour(page(url));
        String left = page.selectFirst(".side-left h3").text();
        String right = page.selectFirst(".side-right h3").text();

        Elements rows = page.select("#compare-bars svg g.chart-row");
        assertThat(rows).isNotEmpty();
        List<String> leaders = new ArrayList<>();
        for (Element row : rows) {
            Element leftValue = row.selectFirst("text.value-left:not(.unknown)");
            Element rightValue = row.selectFirst("text.value-right:not(.unknown)");
            List<String> marks = row.select("text").eachText().stream()
                    .filter(text -> text.contains("▲") || text.startsWith("="))
                    .toList();
            if (leftValue == null || rightValue == null) {
                assertThat(marks).as("a row with an unknown score has no leader mark").isEmpty();
                leaders.add(null);
                continue;
            }
            int order = Double.compare(number(leftValue.text()), number(rightValue.text()));
            String expected = order > 0 ? leftLeads : order < 0 ? rightLeads : tie;
            assertThat(marks).as("row %s", row.selectFirst("text").text()).containsExactly(expected);
            Element mark = row.select("text").stream().filter(text -> text.text().equals(expected)).findFirst().orElseThrow();
            if (order != 0) {
                // The mark stands on the leader's side of the chart: a position, not a colour.
                assertThat(mark.attr("text-anchor")).isEqualTo(order > 0 ? "start" : "end");
            }
            leaders.add(order > 0 ? left : order < 0 ? right : "");
        }

        // The dimension table beside the chart says the same, by name.
        Elements cells = page.select("table.dimension-comparison tr.dimension td.leader");
        assertThat(cells).hasSameSizeAs(rows);
        for (int i = 0; i < cells.size(); i++) {
            String leader = leaders.get(i);
            if (leader != null && !leader.isEmpty()) {
                assertThat(cells.get(i).text()).isEqualTo("▲ " + leader);
            } else {
                assertThat(cells.get(i).text()).doesNotContain("▲");
            }
        }

        // Category by category, the leader is named after the symbol too.
        for (Element mark : page.select("#categories .category-leader")) {
            if (!mark.text().isEmpty()) {
                assertThat(mark.text()).isIn("▲ " + left, "▲ " + right);
            }
        }
    }

    /** The page as a reader who sees no colour gets it: every colour attribute, inline style and stylesheet gone. */
    private static Document withoutColour(Document page) {
        page.select("link[rel=stylesheet], style").remove();
        for (Element element : page.getAllElements()) {
            element.removeAttr("fill").removeAttr("stroke").removeAttr("style").removeAttr("color");
        }
        return page;
    }

    private static double number(String figure) {
        return Double.parseDouble(figure.replace(",", "").replace("−", "-"));
    }

    private Document page(String url) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
