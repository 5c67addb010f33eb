package ai.scorecard.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.source.SourceFixtures;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /changes} and its feeds on a hand-made ledger: facts placed inside and outside a window (the seed's
 * facts are all recorded at the end of 30 November, after it), the attribution held to the as-of standings.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ChangesPagesTest {

    static final LocalDate FROM = LocalDate.of(2026, 11, 10);
    static final LocalDate TO = LocalDate.of(2026, 11, 20);
    static final String WINDOW = "/changes?from=2026-11-10&to=2026-11-20";

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
    ChangeLog log;
    @Autowired
    Scoreboard scoreboard;
    @Autowired
    EntityManager entities;

    Fact recordedInside;
    Fact recordedBefore;
    Fact retractedInside;
    Fact supersededAfter;
    Fact supersededInside;
    Fact replacement;

    @BeforeEach
    void placeFactsAroundTheWindow() {
        var doubao = catalog.product("doubao").orElseThrow();
        var jimeng = catalog.product("jimeng").orElseThrow();
        var volcano = catalog.product("volcano-engine").orElseThrow();
        recordedInside = ledger.record(doubao, fact(Metric.RETENTION_QUALITY, "STRONG")).orElseThrow();
        recordedBefore = ledger.record(jimeng, fact(Metric.USABILITY, "GOOD")).orElseThrow();
        retractedInside = ledger.record(jimeng, fact(Metric.EXECUTION_PACE, "FAST")).orElseThrow();
        ledger.retract(retractedInside, "The article misread the pace");
        supersededAfter = ledger.record(volcano, fact(Metric.PAIN_POINT_FIT, "SOLVES")).orElseThrow();
        Fact later = ledger.supersede(supersededAfter, fact(Metric.PAIN_POINT_FIT, "PARTIAL")).orElseThrow();
        supersededInside = ledger.record(doubao, fact(Metric.USABILITY, "POOR")).orElseThrow();
        replacement = ledger.supersede(supersededInside, fact(Metric.USABILITY, "GOOD")).orElseThrow();
        // The ledger stamps its own clock's time; the test moves each fact to the moments it is about.
        entities.flush();
        at(recordedInside, "2026-11-15T12:00:00Z", null, null);
        at(recordedBefore, "2026-11-05T09:00:00Z", null, null);
        at(retractedInside, "2026-11-01T09:00:00Z", null, "2026-11-18T08:00:00Z");
        at(supersededAfter, "2026-11-12T09:00:00Z", "2026-11-25T09:00:00Z", null);
        at(later, "2026-11-25T09:00:00Z", null, null);
        at(supersededInside, "2026-11-08T09:00:00Z", "2026-11-16T10:00:00Z", null);
        at(replacement, "2026-11-16T10:00:00Z", null, null);
        entities.clear();
    }

    @Test
    void listsWhatHappenedInsideTheWindowAndNothingOutsideIt() throws Exception {
        Document page = page(WINDOW);

        List<String> rows = page.select("tr.fact-change").stream()
                .map(row -> row.attr("data-fact") + ":" + row.attr("data-kind")).toList();
        assertThat(rows).contains(recordedInside.getId() + ":RECORDED", retractedInside.getId() + ":RETRACTED",
                supersededAfter.getId() + ":RECORDED", supersededInside.getId() + ":SUPERSEDED",
                replacement.getId() + ":RECORDED");
        assertThat(rows).doesNotContain(recordedBefore.getId() + ":RECORDED", retractedInside.getId() + ":RECORDED",
                supersededAfter.getId() + ":SUPERSEDED", supersededInside.getId() + ":RECORDED");
        assertThat(rows).noneMatch(row -> row.endsWith(":RECORDED") && !row.startsWith(recordedInside.getId() + ":")
                && !row.startsWith(supersededAfter.getId() + ":") && !row.startsWith(replacement.getId() + ":"));
        var retraction = page.selectFirst("tr.fact-change[data-fact=" + retractedInside.getId() + "]");
        assertThat(retraction.text()).contains("Retracted", "The article misread the pace", "Jimeng");
        assertThat(retraction.selectFirst("a.change-fact").attr("href"))
                .isEqualTo("/products/jimeng#fact-" + retractedInside.getId());
        assertThat(retraction.selectFirst("a.change-subject").attr("href")).isEqualTo("/products/jimeng");
        assertThat(page.selectFirst("#changes-window").text()).contains("Nov 10, 2026", "Nov 20, 2026");
    }

    @Test
    void eachMoveIsTheSumOfItsPartsAndEndsAtTheAsOfStandings() {
        Changes changes = log.between(new ChangeWindow(FROM, TO));
        int version = changes.methodology().version();
        Standings before = scoreboard.all(null, version, FROM);
        Standings after = scoreboard.all(null, version, TO);

        assertThat(changes.moves()).extracting(move -> move.company().getSlug()).contains("bytedance");
        for (Changes.Move move : changes.moves()) {
            String slug = move.company().getSlug();
            assertThat(move.move().before()).isEqualTo(before.company(slug).orElseThrow().overall());
            assertThat(move.move().after()).isEqualTo(after.company(slug).orElseThrow().overall());
            if (move.move().parts().stream().allMatch(part -> part.points().isPresent())) {
                double sum = move.move().parts().stream().mapToDouble(part -> part.points().getAsDouble()).sum();
                assertThat(sum).isCloseTo(move.move().change().getAsDouble(), within(1e-9));
            }
        }
        // A company nothing happened to, whose facts did not go stale, did not move.
        for (Standings.Scored scored : after.scoredCompanies()) {
            OptionalDouble then = before.company(scored.company().getSlug()).orElseThrow().overall();
            boolean moved = changes.moves().stream()
                    .anyMatch(move -> move.company().getSlug().equals(scored.company().getSlug()));
            assertThat(moved).isEqualTo(!then.equals(scored.score().overall()));
        }
    }

    @Test
    void theDatesMustBeDaysInOrder() throws Exception {
        MockHttpServletResponse reversed = mvc.perform(get("/changes?from=2026-11-20&to=2026-11-10")).andReturn()
                .getResponse();
        assertThat(reversed.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(reversed.getContentAsString(StandardCharsets.UTF_8)).selectFirst(".error-detail")
                .text()).isEqualTo("The first day (2026-11-20) comes after the last day (2026-11-10). Swap the two dates.");
        MockHttpServletResponse chinese = mvc.perform(get("/changes?from=2026-11-20&to=2026-11-10&lang=zh-CN"))
                .andReturn().getResponse();
        assertThat(chinese.getStatus()).isEqualTo(400);
        assertThat(chinese.getContentAsString(StandardCharsets.UTF_8)).contains("起始日（2026-11-20）晚于截止日（2026-11-10）");
        MockHttpServletResponse notADate = mvc.perform(get("/changes?from=last-week")).andReturn().getResponse();
        assertThat(notADate.getStatus()).isEqualTo(400);
        assertThat(notADate.getContentAsString(StandardCharsets.UTF_8)).contains("last-week", "from");
        assertThat(mvc.perform(get("/changes?company=no-such")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theFeedIsAtomWithStableIdsDatesAndLinksInTheReadersLanguage() throws Exception {
        SyndFeed feed = feed("/changes.atom");
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getUri()).isEqualTo("tag:localhost,2026:changes");
        assertThat(feed.getEntries()).isNotEmpty();
        SyndEntry recorded = entry(feed, "tag:localhost,2026:fact-" + replacement.getId() + "-recorded");
        assertThat(recorded.getUpdatedDate().toInstant()).isEqualTo(Instant.parse("2026-11-16T10:00:00Z"));
        assertThat(recorded.getLink()).isEqualTo("http://localhost/products/doubao#fact-" + replacement.getId());
        assertThat(recorded.getTitle()).isEqualTo("Doubao: Usability recorded");
        assertThat(feed.getEntries()).allSatisfy(entry -> {
            assertThat(entry.getUri()).startsWith("tag:localhost,2026:fact-");
            assertThat(entry.getUpdatedDate()).isNotNull();
            assertThat(entry.getLink()).startsWith("http://localhost/");
        });
        assertThat(feed("/changes.atom").getEntries()).extracting(SyndEntry::getUri)
                .isEqualTo(feed.getEntries().stream().map(SyndEntry::getUri).toList());

        SyndFeed chinese = feed("/changes.atom?lang=zh-CN");
        assertThat(entry(chinese, recorded.getUri()).getTitle()).isEqualTo("豆包：记录了易用性");

        SyndFeed alibaba = feed("/companies/alibaba/changes.atom");
        assertThat(alibaba.getUri()).isEqualTo("tag:localhost,2026:companies/alibaba/changes");
        assertThat(alibaba.getEntries()).noneMatch(entry -> entry.getLink().contains("/products/doubao"));
        assertThat(mvc.perform(get("/companies/no-such/changes.atom")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void pagesLinkTheirFeedAndTheCompanyPageShowsItsLastMoves() throws Exception {
        Document changes = page("/changes");
        assertThat(changes.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/changes.atom");
        Document company = page("/companies/bytedance");
        assertThat(company.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/companies/bytedance/changes.atom");
        assertThat(company.selectFirst("#company-changes").attr("href")).isEqualTo("/changes?company=bytedance");
        // Every seed fact was recorded in the last 30 days: ByteDance's score came with them.
        assertThat(company.select("#last-moves li.last-move")).isNotEmpty();

        Document own = page("/changes?company=bytedance&from=2026-11-10&to=2026-11-20");
        assertThat(own.select("tr.fact-change")).isNotEmpty().allSatisfy(row ->
                assertThat(row.selectFirst("a.change-subject").attr("href")).isIn("/products/doubao",
                        "/products/volcano-engine", "/products/jimeng", "/companies/bytedance"));
        assertThat(own.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo("/companies/bytedance/changes.atom");
        Document chinese = page(WINDOW + "&lang=zh-CN");
        assertThat(chinese.selectFirst("h1").text()).isEqualTo("变动");
        assertThat(chinese.selectFirst("#changes-window").text()).contains("2026年11月10日结束后至 2026年11月20日结束时");
    }

    @Test
    void theChangesAreReadingPagesCachesMayKeep() throws Exception {
        for (String url : List.of(WINDOW, "/changes.atom", "/companies/bytedance/changes.atom")) {
            MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getHeader("ETag")).as(url).startsWith("W/\"");
            assertThat(response.getHeader("Cache-Control")).as(url).isEqualTo("public, max-age=0, must-revalidate");
        }
    }

    private Document page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private SyndFeed feed(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        return new SyndFeedInput().build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
    }

    private static SyndEntry entry(SyndFeed feed, String id) {
        return feed.getEntries().stream().filter(entry -> id.equals(entry.getUri())).findFirst().orElseThrow();
    }

    private void at(Fact fact, String recorded, String superseded, String retracted) {
        jdbc.update("update fact set recorded_at = ?, superseded_at = ?, retracted_at = ? where id = ?",
                timestamp(recorded), timestamp(superseded), timestamp(retracted), fact.getId());
    }

    private static Timestamp timestamp(String instant) {
        return instant == null ? null : Timestamp.from(Instant.parse(instant));
    }

    private FactDraft fact(Metric metric, String level) {
        return new FactDraft(metric, (BigDecimal) null, level, null, null, Qualifier.EXACT, LocalDate.of(2026, 11, 1),
                Provenance.THIRD_PARTY, sources.cite("A review", "https://example.com/review", LocalDate.of(2026, 11, 1)),
                "A claim");
    }
}
