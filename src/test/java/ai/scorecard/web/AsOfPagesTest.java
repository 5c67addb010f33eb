package ai.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.scoreboard.Methodologies;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoring.Methodology;
import ai.scorecard.source.SourceFixtures;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every reading page as of a past day: the banner, the numbers of that day, links that keep the day, and
 * permalinks that show the same page whatever happens after. The ledger is hand-made: two facts recorded on
 * 2 June 2026 (the seed's facts were recorded today, 1 December 2026, in the tests).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AsOfPagesTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

    @Autowired
    MockMvc mvc;

    @Autowired
    Scoreboard scoreboard;

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;

    @Autowired
    Methodologies methodologies;

    @Autowired
    SourceFixtures sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entities;

    Fact doubaoUsers;

    Fact qwenUsers;

    @BeforeEach
    void twoFactsRecordedInJune() {
        doubaoUsers = recordedInJune("doubao", "80000000");
        qwenUsers = recordedInJune("qwen", "20000000");
    }

    @Test
    void theComparisonAsOfADayShowsThatDaysNumbersUnderABannerWithTheWayBack() throws Exception {
        Standings june = scoreboard.all("official", null, JUNE_30);
        Document page = page("/compare?asOf=2026-06-30");

        assertThat(page.selectFirst("#as-of").text()).contains("Jun 30, 2026");
        assertThat(page.selectFirst("#as-of a").attr("href")).isEqualTo("/compare");
        assertThat(page.selectFirst(".side-left .side-overall").text()).startsWith(String.format("%.1f",
                june.company("bytedance").orElseThrow().overall().getAsDouble()));
        assertThat(page.selectFirst("#asOf").val()).isEqualTo("2026-06-30");
        assertThat(page.selectFirst("#permalink a").attr("href")).contains("version=1", "asOf=2026-06-30");
        assertThat(page.select(".lens-switcher a")).allSatisfy(link -> assertThat(link.attr("href")).contains("asOf=2026-06-30"));
        // The companies and products it shows open as they stood that day.
        assertThat(page.selectFirst(".side-left .card-title a").attr("href")).isEqualTo("/companies/bytedance?asOf=2026-06-30");
        assertThat(page.select(".product-card .card-title a")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.attr("href")).endsWith("?asOf=2026-06-30"));
        assertThat(page.select(".key-fact a")).allSatisfy(link -> assertThat(link.attr("href")).contains("?asOf=2026-06-30#fact-"));
        assertThat(page("/compare").selectFirst("#as-of")).as("today has no banner").isNull();
    }

    @Test
    void aPermalinkShowsTheSamePageAfterNewFactsRetractionsAndANewMethodologyVersion() throws Exception {
        String permalink = page("/compare?asOf=2026-06-30").selectFirst("#permalink a").attr("href");
        String before = page(permalink).selectFirst("#content").outerHtml();
        String todayBefore = page("/compare").selectFirst("#content").outerHtml();

        ledger.record(catalog.product("doubao").orElseThrow(), draft(Metric.ANNUAL_REVENUE, "5000000000",
                LocalDate.of(2026, 11, 1))).orElseThrow();
        ledger.retract(doubaoUsers, "Misread the report").orElseThrow();
        Methodology rules = methodologies.current().rules();
        methodologies.publish(new Methodology(rules.version() + 1, 90, rules.indicators(), rules.lenses(),
                rules.productWeights(), rules.styleTraits(), rules.evidence()), "Facts age faster.",
                LocalDate.of(2026, 12, 1), "ada");

        assertThat(page("/compare").selectFirst("#content").outerHtml()).as("today's page moved").isNotEqualTo(todayBefore);
        assertThat(page(permalink).selectFirst("#content").outerHtml()).isEqualTo(before);
        assertThat(page("/products/doubao?asOf=2026-06-30").select("#current-facts #fact-" + doubaoUsers.getId()))
                .as("the fact retracted today was still current then").isNotEmpty();
    }

    @Test
    void companyAndProductPagesListTheFactsAsTheyStoodThatDay() throws Exception {
        ledger.retract(doubaoUsers, "Misread the report").orElseThrow();

        Document june = page("/products/doubao?asOf=2026-06-30");
        Document today = page("/products/doubao");

        assertThat(june.selectFirst("#as-of").text()).contains("Jun 30, 2026");
        assertThat(june.selectFirst(".score-basis").text()).contains("Jun 30, 2026");
        assertThat(june.select("tr.fact").eachAttr("id")).as("current then, and nothing recorded after June 30")
                .containsExactly("fact-" + doubaoUsers.getId());
        assertThat(june.select("#current-facts a[href*=retract]")).as("no editing of the past").isEmpty();
        assertThat(today.select("#retracted-facts #fact-" + doubaoUsers.getId())).isNotEmpty();
        assertThat(today.select("#current-facts tr.fact")).as("the seed's facts, recorded today").isNotEmpty();
        Document company = page("/companies/alibaba?asOf=2026-06-30");
        assertThat(company.selectFirst("#as-of")).isNotNull();
        assertThat(company.selectFirst(".score-basis").text()).contains("Jun 30, 2026");
    }

    @Test
    void stylesAndRankingsAsOfADayKeepTheDayInTheirFormsAndLinks() throws Exception {
        Document styles = page("/styles?asOf=2026-06-30");
        Document rankings = page("/rankings?asOf=2026-06-30");

        assertThat(styles.selectFirst("#as-of")).isNotNull();
        assertThat(styles.selectFirst("#asOf").val()).isEqualTo("2026-06-30");
        assertThat(rankings.selectFirst(".score-basis").text()).contains("Jun 30, 2026");
        assertThat(rankings.select("tr.ranked a").first().attr("href")).contains("asOf=2026-06-30");
        assertThat(page("/rankings?asOf=2026-06-30&version=2").select("tr.ranked").eachAttr("data-product"))
                .as("version 2 ranks only products with sourced facts: the two recorded by then")
                .containsExactlyInAnyOrder("doubao", "qwen");
    }

    @Test
    void theApiAndTheExportGiveTheSameDaysNumbers() throws Exception {
        Standings june = scoreboard.all("official", null, JUNE_30);
        String scores = mvc.perform(get("/api/v1/scores?asOf=2026-06-30")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String company = mvc.perform(get("/api/v1/companies/bytedance?asOf=2026-06-30")).andReturn().getResponse()
                .getContentAsString();

        assertThat(scores).contains("\"as_of\":\"2026-06-30\"", "\"methodology_version\":1");
        assertThat(company).contains("\"as_of\":\"2026-06-30\"",
                String.valueOf(june.company("bytedance").orElseThrow().overall().getAsDouble()));
        assertThat(mvc.perform(get("/export/scores.csv?asOf=2026-06-30")).andReturn().getResponse()
                .getHeader("Content-Disposition")).contains("2026-06-30");
    }

    @Test
    void aDayThatIsNoDateIsRefusedAndALaterDayIsToday() throws Exception {
        String refused = mvc.perform(get("/compare?asOf=2026-13-45")).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString();
        assertThat(refused).contains("asOf", "2026-13-45");
        mvc.perform(get("/api/v1/scores?asOf=June")).andExpect(status().isBadRequest());

        Document later = page("/styles?asOf=2030-01-01");
        assertThat(later.selectFirst("#as-of")).isNull();
        assertThat(later.selectFirst(".score-basis").text()).contains("Dec 1, 2026");
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private Fact recordedInJune(String product, String users) {
        Fact fact = ledger.record(catalog.product(product).orElseThrow(), draft(Metric.DAU, users,
                LocalDate.of(2026, 5, 31))).orElseThrow();
        entities.flush();
        jdbc.update("update fact set recorded_at = ? where id = ?", Timestamp.from(Instant.parse("2026-06-02T09:00:00Z")),
                fact.getId());
        entities.refresh(fact);
        return fact;
    }

    private FactDraft draft(Metric metric, String value, LocalDate asOf) {
        return new FactDraft(metric, new BigDecimal(value), null, null,
                metric == Metric.ANNUAL_REVENUE ? "CNY" : null, Qualifier.EXACT, asOf, Provenance.COMPANY_REPORTED,
                sources.cite("Report of " + asOf, "https://example.com/report-" + asOf, asOf), "As reported");
    }
}
