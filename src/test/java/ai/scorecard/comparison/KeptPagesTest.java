package ai.scorecard.comparison;

import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.catalog.Catalog;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.CacheManager;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Comparisons and standings are kept between requests, and never outlive the data they were drawn
 * from: an edit on this instance, or a write by another instance sharing the database, shows on the
 * very next request. The caches' meters say so too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KeptPagesTest {

    @Autowired
    SourceFixtures sources;

    static final String PAIR = "/compare?left=zhipu&right=minimax";
    static final String GLM_FACT_CLAIM = "KeptPagesTest: GLM is paid from launch";

    @Autowired
    MockMvc mvc;

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    CacheManager caches;

    @AfterEach
    void removeTheFact() {
        jdbc.update("delete from fact where claim = ?", GLM_FACT_CLAIM);
        jdbc.update("update data_version set version = version + 1");
    }

    @Test
    void aFactRecordedHereShowsOnTheNextRequestOfEveryPage() throws Exception {
        String coverageBefore = zhipuCoverage();
        String rankingBefore = glmRanking();
        assertThat(zhipuCoverage()).as("kept, unchanged").isEqualTo(coverageBefore);

        ledger.record(catalog.product("glm").orElseThrow(), paidFromLaunch()).orElseThrow();

        assertThat(zhipuCoverage()).isNotEqualTo(coverageBefore);
        assertThat(glmRanking()).isNotEqualTo(rankingBefore);
    }

    @Test
    void aWriteByAnotherInstanceShowsOnceItsDataVersionIsCommitted() throws Exception {
        String coverageBefore = zhipuCoverage();
        long glm = jdbc.queryForObject("select id from product where slug = 'glm'", Long.class);
        jdbc.update("insert into fact (product_id, metric, value_level, qualifier, as_of, provenance, source_id, "
                + "claim, recorded_at) values (?, 'MONETIZATION_PATH', 'PAID_FROM_LAUNCH', 'EXACT', ?, "
                + "'COMPANY_REPORTED', (select min(id) from source), ?, current_timestamp)", glm, LocalDate.of(2026, 11, 1), GLM_FACT_CLAIM);
        assertThat(zhipuCoverage()).as("the kept page until the data version moves").isEqualTo(coverageBefore);

        // What another instance's ledger does in the same transaction as its write.
        jdbc.update("update data_version set version = version + 1");

        assertThat(zhipuCoverage()).isNotEqualTo(coverageBefore);
    }

    @Test
    void aProblemIsNeverKept() throws Exception {
        Gets before = gets(DrawnComparisons.CACHE);
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/compare?left=no-such-company&right=alibaba")).andExpect(status().isNotFound());
            mvc.perform(get("/compare?left=alibaba&right=alibaba")).andExpect(status().isBadRequest());
        }
        // Asked twice each, drawn twice each: a kept problem would have been a hit the second time.
        assertThat(gets(DrawnComparisons.CACHE).since(before)).isEqualTo(new Gets(0, 4));
    }

    @Test
    void aComparisonFirstDrawnForAnEditorCarriesNothingOfTheEditorToOthers() throws Exception {
        jdbc.update("update data_version set version = version + 1"); // so the editor's request draws it
        String forEditor = mvc.perform(get(PAIR).with(user("erin-the-editor").roles("EDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(forEditor).selectFirst(".signed-in-as").text()).contains("erin-the-editor");

        Document anonymous = page(PAIR);
        assertThat(anonymous.html()).doesNotContain("erin-the-editor");
        assertThat(anonymous.select("input[name=_csrf]")).isEmpty();
        assertThat(anonymous.selectFirst("#content").html())
                .isEqualTo(Jsoup.parse(forEditor).selectFirst("#content").html());
    }

    @Test
    void aComparisonReadTwiceIsAHitUntilTheDataChanges() throws Exception {
        assertReadTwiceIsAHitUntilTheDataChanges("comparisons", PAIR);
    }

    @Test
    void aCompanysSideIsDrawnOnceForEveryComparisonItIsInUntilTheDataChanges() throws Exception {
        jdbc.update("update data_version set version = version + 1"); // so the first reads miss
        caches.getCache(DrawnSides.CACHE).clear();
        Gets start = gets(DrawnSides.CACHE);
        Document zhipuLeft = signedInPage("/compare?left=zhipu&right=minimax");
        assertThat(gets(DrawnSides.CACHE).since(start)).as("two sides drawn").isEqualTo(new Gets(0, 2));

        Document zhipuRight = signedInPage("/compare?left=alibaba&right=zhipu");
        assertThat(gets(DrawnSides.CACHE).since(start)).as("Zhipu's side kept, Alibaba's drawn")
                .isEqualTo(new Gets(1, 3));
        assertThat(zhipuLeft.select(".category .left .product-card")).isNotEmpty();
        for (var category : zhipuLeft.select(".category")) {
            String selector = ".category[data-category=" + category.attr("data-category") + "]";
            var inOther = zhipuRight.selectFirst(selector);
            if (!category.select(".left .product-card").isEmpty()) {
                assertThat(inOther).as(selector).isNotNull();
                assertThat(inOther.select(".right .product-card").outerHtml()).as(selector + " on the right")
                        .isEqualTo(category.select(".left .product-card").outerHtml());
            }
        }

        String glmCard = zhipuLeft.selectFirst(".product-card[data-product=glm]").outerHtml();
        String glmCoverage = zhipuRight.selectFirst(".side-right .side-coverage").text();
        ledger.record(catalog.product("glm").orElseThrow(), paidFromLaunch()).orElseThrow();
        Gets afterWrite = gets(DrawnSides.CACHE);
        Document after = signedInPage("/compare?left=alibaba&right=zhipu");
        assertThat(gets(DrawnSides.CACHE).since(afterWrite)).as("only Zhipu's side drawn again")
                .isEqualTo(new Gets(1, 1));
        assertThat(after.selectFirst(".product-card[data-product=glm]").outerHtml()).as("drawn again")
                .isNotEqualTo(glmCard);
        assertThat(after.selectFirst(".side-right .side-coverage").text()).isNotEqualTo(glmCoverage);
        assertThat(after.selectFirst(".side-left").outerHtml()).as("Alibaba's, kept")
                .isEqualTo(zhipuRight.selectFirst(".side-left").outerHtml());
    }

    @Test
    void everyPairUnderALensSharesOneFrameWhichAWriteDoesNotDrawAgain() throws Exception {
        caches.getCache(DrawnFrames.CACHE).clear();
        jdbc.update("update data_version set version = version + 1"); // so no comparison is kept whole
        Gets start = gets(DrawnFrames.CACHE);
        Document first = signedInPage("/compare?left=zhipu&right=minimax&lens=growth-first");
        Document second = signedInPage("/compare?left=tencent&right=alibaba&lens=growth-first");
        assertThat(gets(DrawnFrames.CACHE).since(start)).as("one frame for both pairs").isEqualTo(new Gets(1, 1));
        assertThat(first.selectFirst("h1").text()).isEqualTo("Zhipu AI vs MiniMax");
        assertThat(second.selectFirst("h1").text()).isEqualTo("Tencent vs Alibaba");
        assertThat(second.select(".lens-switcher a.active").eachAttr("data-lens")).containsExactly("growth-first");

        signedIn("/compare?left=zhipu&right=minimax&lens=official");
        signedIn("/compare?left=zhipu&right=minimax&lens=growth-first&lang=zh-CN");
        assertThat(gets(DrawnFrames.CACHE).since(start)).as("another lens, another language")
                .isEqualTo(new Gets(1, 3));

        ledger.record(catalog.product("glm").orElseThrow(), paidFromLaunch()).orElseThrow();
        Document after = signedInPage("/compare?left=zhipu&right=minimax&lens=growth-first");
        assertThat(gets(DrawnFrames.CACHE).since(start)).as("a fact leaves the frame as it was")
                .isEqualTo(new Gets(2, 3));
        assertThat(after.selectFirst(".side-left .side-coverage").text()).as("the pair is drawn from the new facts")
                .isNotEqualTo(first.selectFirst(".side-left .side-coverage").text());
    }

    @Test
    void standingsReadTwiceAreAHitUntilTheDataChanges() throws Exception {
        assertReadTwiceIsAHitUntilTheDataChanges("standings", "/rankings");
    }

    /**
     * Read by a signed-in reader: an anonymous reader's second read is answered whole from the kept pages
     * (web.KeptPages, see WireIT) before the comparison or the standings are asked for.
     */
    private void assertReadTwiceIsAHitUntilTheDataChanges(String cache, String url) throws Exception {
        jdbc.update("update data_version set version = version + 1"); // so the first read misses
        // Room for it: a full cache may turn a newcomer away (W-TinyLFU), and other tests share this one.
        caches.getCache(cache).clear();
        Gets start = gets(cache);
        signedIn(url);
        signedIn(url);
        assertThat(gets(cache).since(start)).as("read twice").isEqualTo(new Gets(1, 1));

        ledger.record(catalog.product("glm").orElseThrow(), paidFromLaunch()).orElseThrow();
        Gets changed = gets(cache);
        signedIn(url);
        assertThat(gets(cache).since(changed)).as("read after a fact was recorded").isEqualTo(new Gets(0, 1));
    }

    /** What the cache.gets meters say of one cache, as an operator reads them on /actuator/metrics. */
    private Gets gets(String cache) {
        return new Gets(count(cache, "hit"), count(cache, "miss"));
    }

    private long count(String cache, String result) {
        return (long) meters.get("cache.gets").tags("cache", cache, "result", result).functionCounter().count();
    }

    record Gets(long hits, long misses) {
        Gets since(Gets before) {
            return new Gets(hits - before.hits, misses - before.misses);
        }
    }

    private String zhipuCoverage() throws Exception {
        return page(PAIR).selectFirst(".side-left .side-coverage").text();
    }

    private String glmRanking() throws Exception {
        // Unranked (not enough evidence) until a sourced fact about it is recorded, ranked after.
        return page("/rankings").selectFirst("[data-product=glm]").outerHtml();
    }

    private void signedIn(String url) throws Exception {
        mvc.perform(get(url).with(user("ralph-the-reader").roles("EDITOR"))).andExpect(status().isOk());
    }

    private Document signedInPage(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user("ralph-the-reader").roles("EDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private FactDraft paidFromLaunch() {
        return new FactDraft(Metric.MONETIZATION_PATH, null, "PAID_FROM_LAUNCH", null, null, Qualifier.EXACT,
                LocalDate.of(2026, 11, 1), Provenance.COMPANY_REPORTED, sources.cite("Test", null, null), GLM_FACT_CLAIM);
    }
}
