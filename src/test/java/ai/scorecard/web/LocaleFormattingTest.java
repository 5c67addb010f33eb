package ai.scorecard.web;

import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.catalog.Catalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages print amounts, money and dates for the reader's language: 万 and 亿 and 2026年11月29日 in Chinese,
 * millions, billions and Nov 29, 2026 in English.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class LocaleFormattingTest {

    @Autowired
    SourceFixtures sources;

    @Autowired
    MockMvc mvc;

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;
    @BeforeEach
    void twoFactsAboutTrae() {
        var trae = catalog.product("trae").orElseThrow();
        ledger.record(trae, new FactDraft(Metric.DAU, new BigDecimal("35000000"), null, null, null, Qualifier.ABOUT,
                LocalDate.of(2026, 3, 5), Provenance.THIRD_PARTY,
                sources.cite("Usage report", "https://example.com/usage", LocalDate.of(2026, 11, 29)), "About 35 million.")).orElseThrow();
        ledger.record(trae, new FactDraft(Metric.ANNUAL_REVENUE, new BigDecimal("120000000"), null, null, "USD",
                Qualifier.AT_LEAST, LocalDate.of(2026, 9, 30), Provenance.COMPANY_REPORTED,
                sources.cite("Annual report", "https://example.com/report", null), "At least 120 million dollars.")).orElseThrow();
    }

    /** The seed's ranks read the right way round, with their scope named by the bundles in each language. */
    @Test
    void ranksReadTheRightWayRoundWithTheirScopeInTheReadersWords() throws Exception {
        assertThat(fact(page("/products/alibaba-cloud?lang=zh-CN"), "Token 调用量排名").selectFirst(".fact-value").text())
                .isEqualTo("第 2 名或更靠后（国内）");
        assertThat(fact(page("/products/volcano-engine?lang=zh-CN"), "Token 调用量排名").selectFirst(".fact-value").text())
                .isEqualTo("第 1 名（国内）");
        assertThat(fact(page("/products/alibaba-cloud"), "Rank by token call volume").selectFirst(".fact-value").text())
                .isEqualTo("No. 2 or below in China");
    }

    @Test
    void chinesePagesShowAmountsIn10kAnd100mAndChineseDates() throws Exception {
        Document trae = page("/products/trae?lang=zh-CN");
        Element dau = fact(trae, "日活跃用户数（DAU）");
        assertThat(dau.selectFirst(".fact-value").text()).isEqualTo("约 3,500万");
        assertThat(dau.selectFirst(".fact-as-of").text()).isEqualTo("2026年3月5日");
        assertThat(dau.selectFirst(".fact-source").text()).contains("（2026年11月29日）");
        Element revenue = fact(trae, "年收入");
        assertThat(revenue.selectFirst(".fact-value").text()).isEqualTo("不少于 1.2亿美元");
        assertThat(revenue.selectFirst(".fact-as-of").text()).isEqualTo("2026年9月30日");
        assertThat(trae.selectFirst(".score-basis").text()).contains("2026年12月1日");
        assertThat(trae.selectFirst("#scores .score-coverage").text()).matches("\\d+%");

        Document methodology = page("/methodology?lang=zh-CN");
        assertThat(methodology.selectFirst("tr.indicator[data-indicator=revenue] .rubric").text())
                .isEqualTo("对数刻度，从 1亿（0 分）到 1,000亿（100 分）");
        assertThat(methodology.text()).containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日").doesNotContain("billion", "Nov ");
    }

    @Test
    void englishPagesShowMillionsBillionsAndEnglishDates() throws Exception {
        Document trae = page("/products/trae?lang=en");
        Element dau = fact(trae, "Daily active users");
        assertThat(dau.selectFirst(".fact-value").text()).isEqualTo("≈ 35 million");
        assertThat(dau.selectFirst(".fact-as-of").text()).isEqualTo("Mar 5, 2026");
        assertThat(dau.selectFirst(".fact-source").text()).contains("(Nov 29, 2026)");
        Element revenue = fact(trae, "Annual revenue");
        assertThat(revenue.selectFirst(".fact-value").text()).isEqualTo("≥ 120 million USD");
        assertThat(trae.selectFirst(".score-basis").text()).contains("Dec 1, 2026");

        Document methodology = page("/methodology");
        assertThat(methodology.selectFirst("tr.indicator[data-indicator=revenue] .rubric").text())
                .isEqualTo("log scale from 100 million (0 points) to 100 billion (100 points)");
        assertThat(methodology.text()).doesNotContainPattern("\\d年").doesNotContain("亿");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andReturn().getResponse().getContentAsString());
    }

    private static Element fact(Document page, String metric) {
        return page.select("#current-facts tr.fact").stream()
                .filter(row -> row.selectFirst(".fact-metric").text().equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError("no current fact " + metric));
    }
}
