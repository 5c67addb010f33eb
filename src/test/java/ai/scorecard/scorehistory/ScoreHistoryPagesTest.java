package ai.scorecard.scorehistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.CompanyDraft;
import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.ProductDraft;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.source.SourceFixtures;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The score history as a reader sees it on a company page, a product page and the comparison: a chart named by
 * its title and described, with the table of the same numbers, in English and in Chinese; "no history yet" where
 * nothing was ever recorded. Doubao's DAU was recorded on 2 June 2026; everything else with the seed, today
 * (1 December 2026).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ScoreHistoryPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;

    @Autowired
    SourceFixtures sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entities;

    @BeforeEach
    void aFactRecordedInJune() {
        FactDraft draft = new FactDraft(Metric.DAU, new BigDecimal("80000000"), null, null, null, Qualifier.EXACT,
                LocalDate.of(2026, 5, 31), Provenance.COMPANY_REPORTED,
                sources.cite("May report", "https://example.com/may", LocalDate.of(2026, 5, 31)), "As reported");
        Fact dau = ledger.record(catalog.product("doubao").orElseThrow(), draft).orElseThrow();
        entities.flush();
        jdbc.update("update fact set recorded_at = ? where id = ?", Timestamp.from(Instant.parse("2026-06-02T09:00:00Z")),
                dau.getId());
        entities.refresh(dau);
    }

    @Test
    void aCompanyPageDrawsItsScoreAtEachMonthEndAndChangeWithTheTableBeside() throws Exception {
        Element history = section("/companies/bytedance");

        Element svg = history.selectFirst("figure svg");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("title").text()).isEqualTo("Commercialization score over time");
        assertThat(svg.selectFirst("desc").text()).isEqualTo("8 points from 2 June 2026 to 1 December 2026: one at the "
                + "end of each month and one on each day a fact changed.");
        assertThat(history.select("tbody tr")).extracting(Element::text).first().asString()
                .startsWith("2 June 2026").endsWith("Facts changed");
        assertThat(history.select("tbody tr th time")).extracting(time -> time.attr("datetime")).containsExactly(
                "2026-06-02", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30",
                "2026-12-01");
        assertThat(history.select("tbody tr").last().text()).endsWith("Facts changed");
        assertThat(history.select("tbody tr").get(1).text()).endsWith("End of the month");
        assertThat(history.select("thead th")).extracting(Element::text)
                .containsExactly("Day", "ByteDance", "Why this day");
        assertThat(history.select("[style]")).as("no inline style under the CSP").isEmpty();
    }

    @Test
    void theToggleShowsEachDayUnderTheMethodologyInForceThenWithItsVersion() throws Exception {
        Element current = section("/companies/bytedance?version=2");
        String toggle = current.selectFirst("a.score-history-toggle").attr("href");
        assertThat(toggle).isEqualTo("/companies/bytedance?version=2&historyRules=then#score-history");

        Element then = section(toggle.replace("#score-history", ""));

        assertThat(then.selectFirst(".score-history-rules").text())
                .isEqualTo("Each day is scored under the methodology version in force on that day.");
        assertThat(then.select("thead th")).extracting(Element::text).contains("Methodology");
        assertThat(then.select("tbody tr")).extracting(row -> row.select("td").get(1).text())
                .as("version 2 was published on 30 November").startsWith("Version 1").endsWith("Version 2", "Version 2");
        assertThat(then.selectFirst("a.score-history-toggle").attr("href"))
                .isEqualTo("/companies/bytedance?version=2#score-history");
    }

    @Test
    void aProductPageShowsItsOwnHistory() throws Exception {
        Element history = section("/products/doubao");

        assertThat(history.select("tbody tr")).hasSize(8);
        assertThat(history.select("thead th")).extracting(Element::text).contains("Doubao");
        assertThat(history.select("path.score-mark")).as("a mark at each known score").hasSizeLessThanOrEqualTo(8)
                .isNotEmpty();
    }

    @Test
    void theComparisonLinksToBothCompaniesOnOneChart() throws Exception {
        String html = mvc.perform(get("/compare?left=bytedance&right=alibaba&lens=growth-first")).andReturn().getResponse()
                .getContentAsString();
        Element link = Jsoup.parse(html).selectFirst(".score-history-link a");
        assertThat(link.attr("href")).isEqualTo("/compare/score-history?left=bytedance&right=alibaba&lens=growth-first");
        assertThat(link.text()).isEqualTo("Both scores over time, on one chart");

        Element history = section(link.attr("href"));

        assertThat(history.ownerDocument().selectFirst("h1").text()).isEqualTo("Score history of ByteDance and Alibaba");
    }

    @Test
    void theComparisonsHistoryDrawsBothCompaniesOnOneChart() throws Exception {
        Element history = section("/compare/score-history?left=bytedance&right=alibaba");

        assertThat(history.select(".chart-legend text")).extracting(Element::text).containsExactly("ByteDance", "Alibaba");
        assertThat(history.select("g.score-line")).hasSize(2);
        assertThat(history.select("thead th")).extracting(Element::text)
                .containsExactly("Day", "ByteDance", "Alibaba", "Why this day");
        assertThat(history.select("g.score-line").get(1).select("polyline, path")).allSatisfy(mark ->
                assertThat(mark.attr("fill").equals("#b4500b") || mark.attr("stroke-dasharray").equals("5 3")).isTrue());
    }

    @Test
    void aCompanyWhoseFactsWereAllRecordedTodayHasOnePointToday() throws Exception {
        Element history = section("/companies/alibaba");

        assertThat(history.selectFirst("svg desc").text())
                .isEqualTo("One point, today (1 December 2026): every fact about it was recorded today.");
        assertThat(history.select("tbody tr")).hasSize(1);
        assertThat(history.select("path.score-mark")).hasSize(1);
    }

    @Test
    void aCompanysHistoryHasAPageOfItsOwn() throws Exception {
        Element history = section("/companies/bytedance/score-history?lang=zh-CN");

        assertThat(history.ownerDocument().selectFirst("h1").text()).isEqualTo("字节跳动的得分历史");
        assertThat(history.select("tbody tr")).hasSize(8);
        assertThat(mvc.perform(get("/companies/no-such/score-history")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void withNoFactThereIsNoHistoryYetRatherThanALineAtZero() throws Exception {
        catalog.create(new CompanyDraft("quiet-co", "Quiet Co", "安静公司", null, null));
        catalog.create(new ProductDraft("quiet-app", "quiet-co", "Quiet App", null, Category.ASSISTANT_APP, Stage.PILOT,
                null, null, MonetizationAtLaunch.UNKNOWN, GrowthDriver.UNKNOWN, IntegrationDepth.UNKNOWN, Weight.MINOR));

        for (String page : new String[] {"/companies/quiet-co", "/products/quiet-app"}) {
            Element history = section(page);
            assertThat(history.selectFirst(".score-history-none").text()).as(page)
                    .isEqualTo("No history yet: no fact about it has been recorded.");
            assertThat(history.select("svg, table")).as(page).isEmpty();
        }
    }

    @Test
    void inChineseTheHistoryReadsAsAChineseAnalystWritesIt() throws Exception {
        Element history = section("/companies/bytedance?lang=zh-CN");

        assertThat(history.selectFirst("h2").text()).isEqualTo("得分历史");
        assertThat(history.selectFirst("svg desc").text())
                .isEqualTo("共 8 个时点，从 2026年6月2日到 2026年12月1日：每月月末一个，事实有变动的日子各一个。");
        assertThat(history.select("tbody tr").get(1).text()).startsWith("2026年6月30日").endsWith("月末");
        assertThat(history.select(".chart-ticks text")).extracting(Element::text).contains("2026年6月");
    }

    private Element section(String page) throws Exception {
        String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
        Document document = Jsoup.parse(html);
        Element history = document.getElementById("score-history");
        assertThat(history).as(page + " has a score history").isNotNull();
        return history;
    }
}
