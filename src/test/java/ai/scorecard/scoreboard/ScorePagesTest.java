package ai.scorecard.scoreboard;

import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.catalog.Catalog;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.scoring.Contribution;
import ai.scorecard.scoring.IndicatorScore;
import ai.scorecard.scoring.ProductScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The numbers on the product and company pages are the scoreboard's, down to each indicator and fact. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ScorePagesTest {

    @Autowired
    SourceFixtures sources;


    @Autowired
    MockMvc mvc;

    @Autowired
    Scoreboard scoreboard;

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcTemplate jdbc;
    @Test
    void productPageShowsTheScoreboardsFiguresAndEveryIndicator() throws Exception {
        ProductScore doubao = scoreboard.all(null).product("doubao").orElseThrow();
        Document page = page("/products/doubao");

        assertThat(number(page, "#scores .score-overall")).isCloseTo(doubao.overall().getAsDouble(), within(0.05));
        assertThat(page.selectFirst("#scores .score-coverage").text())
                .isEqualTo(Math.round(doubao.coverage() * 100) + "%");
        assertThat(page.select("table.breakdown tr.indicator")).hasSize(doubao.indicators().size());
        for (IndicatorScore indicator : doubao.indicators()) {
            Element row = page.selectFirst("tr.indicator[data-indicator=" + indicator.indicator().code() + "]");
            if (indicator.known()) {
                assertThat(Double.parseDouble(row.selectFirst(".points").text()))
                        .isCloseTo(indicator.points().getAsDouble(), within(0.05));
            } else {
                assertThat(row.selectFirst(".points").text()).isEqualTo("unknown");
            }
        }
    }

    @Test
    void theBreakdownAndThePriorAddUpToTheScoreAndTheHeadlineSaysWhatItRestsOn() throws Exception {
        ProductScore doubao = scoreboard.all(null).product("doubao").orElseThrow();
        Document page = page("/products/doubao");

        double adds = page.select("table.breakdown tr.indicator.known .adds, table.breakdown tr.prior .adds").stream()
                .mapToDouble(cell -> Double.parseDouble(cell.text())).sum();
        assertThat(number(page, "table.breakdown tr.prior .adds")).isCloseTo(doubao.priorPoints(), within(0.05));
        assertThat(adds).isCloseTo(doubao.overall().getAsDouble(), within(0.05 * 6));
        assertThat(number(page, "#scores .score-evidence-only")).isCloseTo(doubao.evidenceOnly().getAsDouble(), within(0.05));
        assertThat(page.selectFirst("#scores .score-range").text()).isEqualTo(String.format("%.1f–%.1f",
                doubao.interval().orElseThrow().low(), doubao.interval().orElseThrow().high()));
        assertThat(page.selectFirst(".score-evidence").text()).isEqualTo(String.format(
                "Rests on %d current, sourced facts in %d dimensions.", doubao.evidence().sourcedFacts(),
                doubao.evidence().dimensions()));
    }

    @Test
    void aProductWithoutSourcedEvidenceSaysWhatItLacksAndDoesNotCountInItsCompany() throws Exception {
        Document product = page("/products/dingtalk");
        assertThat(product.selectFirst("#scores .score-overall").text()).isEqualTo("not enough evidence");
        assertThat(product.select("#scores .score-range, #scores .score-evidence-only, table.breakdown tr.prior")).isEmpty();
        assertThat(product.selectFirst(".score-evidence").text())
                .startsWith("Not enough evidence for a score: it needs at least 1 current, sourced facts in 1 dimensions, and has 0 in 0.");
        Document company = page("/companies/alibaba");
        Element dingtalk = company.selectFirst("tr.contribution[data-product=dingtalk]");
        assertThat(dingtalk.selectFirst(".product-overall").text()).isEqualTo("not enough evidence does not count towards the company");
        assertThat(dingtalk.selectFirst(".points-added").text()).isEqualTo("0.0");
        assertThat(page("/products/dingtalk?lang=zh-CN").selectFirst(".score-evidence").text()).startsWith("证据不足，暂无得分");
        assertThat(product.selectFirst(".editors-call").text()).contains("editors’ call", "weighs 50% of a fact");
        assertThat(page("/products/dingtalk?version=1").select(".editors-call")).isEmpty();
        // Under version 1 the same product still scores from its stage alone.
        assertThat(number(page("/products/dingtalk?version=1"), "#scores .score-overall")).isCloseTo(70, within(0.05));
        mvc.perform(get("/products/dingtalk?version=9")).andExpect(status().isNotFound());
    }

    @Test
    void anAnalystCanFollowAnIndicatorDownToItsFactAndSource() throws Exception {
        Document page = page("/products/doubao");
        Element standing = page.selectFirst("tr.indicator[data-indicator=niche-standing]");
        assertThat(standing.selectFirst(".read").text()).isEqualTo("Top tier");
        assertThat(standing.selectFirst(".points").text()).isEqualTo("75.0");
        String link = standing.selectFirst(".evidence a").attr("href");
        assertThat(link).startsWith("#fact-");
        Element fact = page.getElementById(link.substring(1));
        assertThat(fact).isNotNull();
        assertThat(fact.selectFirst(".fact-claim").text()).contains("among the top of their niches");
        assertThat(fact.selectFirst(".fact-source").text()).contains("Alibaba's models are leading");
        // A trait is read from the product itself, and says so.
        Element growth = page.selectFirst("tr.indicator[data-indicator=growth-driver-trait]");
        assertThat(growth.selectFirst(".read").text()).isEqualTo("Product-led");
        assertThat(growth.selectFirst(".evidence").text()).isEqualTo("set by editors");
    }

    @Test
    void unknownIndicatorsSayWhyAndDoNotCountAsZero() throws Exception {
        double before = number(page("/products/doubao"), "#scores .score-overall");
        assertThat(page("/products/doubao").selectFirst("tr.indicator[data-indicator=revenue] .read").text())
                .isEqualTo("unknown: no fact");

        // A fact two years old is stale: the indicator stays unknown and the score does not move.
        ledger.record(catalog.product("doubao").orElseThrow(), new FactDraft(Metric.DAU,
                new BigDecimal("1000"), null, null, null, Qualifier.EXACT, LocalDate.of(2024, 6, 30),
                Provenance.THIRD_PARTY, report(), "An old, low count")).orElseThrow();
        Document page = page("/products/doubao");
        assertThat(page.selectFirst("tr.indicator[data-indicator=dau] .read").text())
                .contains("unknown: the newest fact is too old");
        assertThat(number(page, "#scores .score-overall")).isEqualTo(before);
    }

    @Test
    void aNewFactChangesTheScoreAtOnce() throws Exception {
        Document before = page("/products/doubao");
        ledger.record(catalog.product("doubao").orElseThrow(), new FactDraft(Metric.ANNUAL_REVENUE,
                new BigDecimal("100000000000"), null, null, "CNY", Qualifier.EXACT, LocalDate.of(2026, 9, 30),
                Provenance.COMPANY_REPORTED, report(), "Revenue of 100 billion")).orElseThrow();
        // This test's transaction never commits, so the data version does not move on by itself as a commit
        // would move it (DataVersion, before commit); without that, standings another test kept would answer.
        jdbc.update("update data_version set version = version + 1 where id = 1");
        Document after = page("/products/doubao");
        assertThat(after.selectFirst("tr.indicator[data-indicator=revenue] .points").text()).isEqualTo("100.0");
        assertThat(number(after, "#scores .score-overall")).isGreaterThan(number(before, "#scores .score-overall"));
        assertThat(number(after, "#scores .score-coverage")).isGreaterThan(number(before, "#scores .score-coverage"));
        // The company page, too, reflects the change.
        CompanyScore bytedance = scoreboard.all(null).company("bytedance").orElseThrow();
        assertThat(number(page("/companies/bytedance"), "#scores .score-overall"))
                .isCloseTo(bytedance.overall().getAsDouble(), within(0.05));
    }

    @Test
    void companyPageShowsEachProductsPartAndTheStyleReasons() throws Exception {
        CompanyScore alibaba = scoreboard.all(null).company("alibaba").orElseThrow();
        Document page = page("/companies/alibaba");
        assertThat(number(page, "#scores .score-overall")).isCloseTo(alibaba.overall().getAsDouble(), within(0.05));
        assertThat(number(page, "#scores .score-gap"))
                .isCloseTo(alibaba.commercializationGap().getAsDouble(), within(0.05));
        assertThat(number(page, "#scores .score-style"))
                .isCloseTo(alibaba.styleIndex().getAsDouble(), within(0.5));
        assertThat(page.select("tr.contribution")).hasSize(7);
        double partsOnPage = page.select("tr.contribution .points-added").stream()
                .mapToDouble(cell -> Double.parseDouble(cell.text())).sum();
        assertThat(partsOnPage).isCloseTo(alibaba.overall().getAsDouble(), within(0.05 * 7));
        for (Contribution part : alibaba.products()) {
            assertThat(page.selectFirst("tr.contribution[data-product=" + part.product().slug() + "] a").attr("href"))
                    .isEqualTo("/products/" + part.product().slug());
        }
        assertThat(page.select("tr.style-reason")).hasSize(alibaba.styleReasons().size());
        assertThat(page.select("tr.style-reason").text()).contains("Patchwork", "Subsidies", "Misses it");
    }

    @Test
    void chineseReadersGetTheSameScoresInChinese() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/products/qianwen-app").param("lang", "zh-CN"))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.selectFirst("#scores h2").text()).isEqualTo("得分");
        assertThat(page.selectFirst("tr.indicator[data-indicator=growth-driver] .read").text()).isEqualTo("补贴");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static double number(Document page, String selector) {
        return Double.parseDouble(page.selectFirst(selector).text().replace("%", "").replace("−", "-"));
    }

    private Source report() {
        return sources.cite("Annual report", "https://example.com/annual", LocalDate.of(2026, 10, 1));
    }
}
