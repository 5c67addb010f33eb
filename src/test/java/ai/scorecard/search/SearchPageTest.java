package ai.scorecard.search;

import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import ai.scorecard.source.Bibliography;
import ai.scorecard.source.Language;
import ai.scorecard.source.SourceDraft;
import ai.scorecard.source.SourceKind;
import ai.scorecard.source.SourceOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.CompanyDraft;
import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Outcome;
import ai.scorecard.catalog.ProductDraft;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * /search finds companies and products by either of their names, facts by their claim or their source's
 * title, and sources by their title, publisher or address, in any case; takes what the reader typed literally ({@code %} and {@code _} are characters, markup is
 * text); and refuses a search longer than 200 characters with a 400 that says so.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SearchPageTest {

    @Autowired
    SourceFixtures sources;

    @Autowired
    MockMvc mvc;

    @Autowired
    Bibliography bibliography;

    @Autowired
    Catalog catalog;

    @Autowired
    FactLedger ledger;

    @Test
    void findsACompanyByItsChineseNameInEitherLanguage() throws Exception {
        Document english = search("字节跳动", "en");
        assertThat(links(english, "#search-companies")).containsExactly("/companies/bytedance");
        assertThat(english.selectFirst("#search-companies li").text()).contains("ByteDance", "字节跳动");
        // The company, and the seed's facts whose Chinese claim names it.
        assertThat(english.selectFirst(".search-count").text()).isEqualTo("5 results for “字节跳动”");
        assertThat(links(english, "#search-facts")).hasSize(4);

        Document chinese = search("字节跳动", "zh-CN");
        assertThat(links(chinese, "#search-companies")).containsExactly("/companies/bytedance");
        assertThat(chinese.selectFirst("#search-companies a").text()).isEqualTo("字节跳动");
        assertThat(chinese.selectFirst("#search-companies-title").text()).isEqualTo("公司（1）");
        assertThat(chinese.selectFirst("h1").text()).isEqualTo("搜索结果");
    }

    @Test
    void findsAProductByItsEnglishNameInAnyCase() throws Exception {
        for (String text : List.of("Doubao", "doubao", "DOUBAO", "  oubA ")) {
            Document page = search(text, "en");
            assertThat(links(page, "#search-products")).as(text).containsExactly("/products/doubao");
        }
        Document page = search("volcano", "zh-CN");
        assertThat(links(page, "#search-products")).containsExactly("/products/volcano-engine");
        assertThat(page.selectFirst("#search-products a").text()).isEqualTo("火山引擎");
        assertThat(page.select("#search-companies")).isEmpty();
    }

    @Test
    void findsFactsByAWordOfTheirClaimAndLinksToThemOnTheirSubjectsPage() throws Exception {
        Fact dialects = ledger.ledgerOf(catalog.product("doubao").orElseThrow()).stream()
                .filter(f -> f.getClaim().contains("dialect")).findFirst().orElseThrow();
        Document page = search("DIALECT", "en");
        assertThat(links(page, "#search-facts")).containsExactly("/products/doubao#fact-" + dialects.getId());
        assertThat(page.selectFirst("#search-facts li").text()).contains(dialects.getClaim(), "Doubao");

        Fact seed = ledger.ledgerOf(catalog.company("bytedance").orElseThrow()).stream()
                .filter(f -> f.getClaim().contains("centralised in Seed")).findFirst().orElseThrow();
        assertThat(links(search("centralised in seed", "en"), "#search-facts"))
                .containsExactly("/companies/bytedance#fact-" + seed.getId());
    }

    @Test
    void findsFactsByTheirSourcesTitleAndSaysWhichNoLongerHold() throws Exception {
        Fact older = ledger.record(catalog.product("trae").orElseThrow(), fact("Quarterly Glimmer Digest",
                "Trae had about two million users.")).orElseThrow();
        ledger.record(catalog.product("trae").orElseThrow(), new FactDraft(Metric.MAU, new java.math.BigDecimal(
                "3000000"), null, null, null, Qualifier.ABOUT, LocalDate.of(2026, 11, 20), Provenance.THIRD_PARTY,
                sources.cite("Quarterly Glimmer Digest, second issue", null, null), "Trae had about three million users."))
                .orElseThrow();
        Document page = search("glimmer digest", "en");
        List<Element> facts = page.select("#search-facts li");
        assertThat(facts).hasSize(2);
        // The current fact first, then the one it superseded, marked as such.
        assertThat(facts.get(0).text()).contains("three million").doesNotContain("superseded");
        assertThat(facts.get(1).text()).contains("two million", "superseded");
        assertThat(facts.get(1).selectFirst("a").attr("href")).isEqualTo("/products/trae#fact-" + older.getId());
    }

    @Test
    void findsSourcesByTitlePublisherOrAddressInEitherLanguageOfThePage() throws Exception {
        Source survey = added(new SourceDraft("Lumen Research annual survey", "Lumen Institute",
                "https://lumen.example.org/survey-2026", LocalDate.of(2026, 10, 1), false, Language.EN,
                SourceKind.THIRD_PARTY_DATA, null));
        Source chineseReport = added(new SourceDraft(null, null, null, null, true, Language.ZH,
                SourceKind.PRESS, null, "流明研究年度报告", "流明研究院"));
        for (String text : List.of("LUMEN RESEARCH", "lumen institute", "lumen.example.org/survey")) {
            Document page = search(text, "en");
            assertThat(links(page, "#search-sources")).as(text).containsExactly("/sources/" + survey.getId());
        }
        Document english = search("lumen research", "en");
        assertThat(english.selectFirst("#search-sources-title").text()).isEqualTo("Sources (1)");
        assertThat(english.selectFirst("#search-sources li").text()).contains("Lumen Institute", "Third-party data",
                "Oct 1, 2026", "https://lumen.example.org/survey-2026");
        assertThat(english.select("#search-sources a [lang]")).as("in the page's language").isEmpty();

        Document chinese = search("lumen institute", "zh-CN");
        assertThat(links(chinese, "#search-sources")).containsExactly("/sources/" + survey.getId());
        assertThat(chinese.selectFirst("#search-sources-title").text()).isEqualTo("来源（1）");
        assertThat(chinese.selectFirst("#search-sources li").text()).contains("第三方数据", "2026年10月1日");

        for (String lang : List.of("en", "zh-CN")) {
            Document page = search("流明研究", lang);
            assertThat(links(page, "#search-sources")).as(lang).containsExactly("/sources/" + chineseReport.getId());
        }
        // Its title is Chinese only: on an English page marked as Chinese, on a Chinese one as it is.
        assertThat(search("流明研究", "en").selectFirst("#search-sources a [lang=zh]").text()).isEqualTo("流明研究年度报告");
        assertThat(search("流明研究", "en").selectFirst("#search-sources a").text()).isEqualTo("流明研究年度报告 (Chinese only)");
        assertThat(search("流明研究", "zh-CN").select("#search-sources a [lang]")).isEmpty();
        assertThat(search("流明研究", "zh-CN").selectFirst("#search-sources li").text()).contains("日期不详", "媒体报道");
        assertThat(search("流明研究", "en").selectFirst(".search-count").text()).isEqualTo("1 result for “流明研究”");
    }

    @Test
    void aSourcesTitleIsShownAsText() throws Exception {
        String hostile = "<script>alert(1)</script><b>Bold</b>\" onmouseover=\"alert(1) Digest";
        Source source = added(new SourceDraft(hostile, "<i>Press</i>", null, null, true, Language.EN,
                SourceKind.PRESS, null));
        for (String lang : List.of("en", "zh-CN")) {
            MockHttpServletResponse response = mvc.perform(get("/search").param("q", "digest").param("lang", lang))
                    .andReturn().getResponse();
            String body = response.getContentAsString();
            assertThat(body).doesNotContain("<script>alert", "<b>Bold</b>", "\" onmouseover=\"", "<i>Press</i>");
            Document page = Jsoup.parse(body);
            assertThat(page.select("[onmouseover], script:not([src]), #search-sources b, #search-sources i")).isEmpty();
            // On the Chinese page, marked as English: its title is English only.
            assertThat(page.selectFirst("#search-sources a[href=/sources/" + source.getId() + "]").text())
                    .isEqualTo(lang.equals("en") ? hostile : hostile + " （仅英文）");
            assertThat(page.selectFirst("#search-sources li").text()).contains("<i>Press</i>");
        }
    }

    @Test
    void percentAndUnderscoreAreCharactersNotWildcards() throws Exception {
        create(new CompanyDraft("hundred-labs", "Hundred% Labs", null, null, null));
        create(new CompanyDraft("snake-works", "Snake_Works", null, null, null));
        assertThat(links(search("%", "en"), "#search-companies, #search-products, #search-facts"))
                .containsExactly("/companies/hundred-labs");
        assertThat(links(search("_", "en"), "#search-companies, #search-products, #search-facts"))
                .containsExactly("/companies/snake-works");
        assertThat(links(search("d%", "en"), "main")).containsExactly("/companies/hundred-labs");
        // The escape character of the query is a character too.
        create(new CompanyDraft("bang-co", "Bang! Co", null, null, null));
        assertThat(links(search("g!", "en"), "#search-companies")).containsExactly("/companies/bang-co");
        assertThat(search("!%", "en").select("#search-companies, #search-products, #search-facts")).isEmpty();
    }

    @Test
    void whatTheReaderTypedIsShownAsText() throws Exception {
        String typed = "<script>alert(1)</script>\" onmouseover=\"alert(1)";
        MockHttpServletResponse response = mvc.perform(get("/search").param("q", typed)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String body = response.getContentAsString();
        assertThat(body).doesNotContain("<script>alert", "\" onmouseover=\"");
        Document page = Jsoup.parse(body);
        assertThat(page.select("[onmouseover], script:not([src])")).isEmpty();
        assertThat(page.selectFirst("#search-q").val()).isEqualTo(typed);
        assertThat(page.selectFirst(".search-count").text()).isEqualTo("No results for “" + typed + "”");
        assertThat(page.selectFirst(".search-none").text()).contains(typed);

        // Markup stored in a name comes back as text in the results too.
        create(new CompanyDraft("markup-co", "<b>Bold</b> Markup Co", null, null, null));
        String found = mvc.perform(get("/search").param("q", "<b>")).andReturn().getResponse().getContentAsString();
        assertThat(found).doesNotContain("<b>Bold</b>").contains("&lt;b&gt;Bold&lt;/b&gt; Markup Co");
    }

    @Test
    void aSearchLongerThan200CharactersIsRefusedWithA400ThatSaysSo() throws Exception {
        assertThat(status("a".repeat(200))).isEqualTo(200);
        assertThat(status("字".repeat(200))).as("characters, not bytes").isEqualTo(200);
        for (String tooLong : List.of("a".repeat(201), "字".repeat(201), "%".repeat(300))) {
            MockHttpServletResponse response = mvc.perform(get("/search").param("q", tooLong)).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(400);
            Document page = Jsoup.parse(response.getContentAsString());
            assertThat(page.selectFirst(".search-refused").text()).contains("at most 200 characters")
                    .contains(String.valueOf(tooLong.length()));
            assertThat(page.selectFirst("#search-q").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.select(".search-count, .search-results")).isEmpty();
        }
        MockHttpServletResponse chinese = mvc.perform(get("/search").param("q", "字".repeat(201)).param("lang", "zh-CN"))
                .andReturn().getResponse();
        assertThat(Jsoup.parse(chinese.getContentAsString()).selectFirst(".search-refused").text())
                .contains("最多 200 个字符");
    }

    @Test
    void anEmptySearchAsksForAWordAndNothingFoundSaysSo() throws Exception {
        for (String blank : new String[] {null, "", "   "}) {
            var request = get("/search");
            if (blank != null) {
                request.param("q", blank);
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            Document page = Jsoup.parse(response.getContentAsString());
            assertThat(page.select(".search-prompt")).hasSize(1);
            assertThat(page.select(".search-count")).isEmpty();
        }
        Document nothing = search("zzqx", "zh-CN");
        assertThat(nothing.selectFirst(".search-count").text()).isEqualTo("找到 0 条与“zzqx”匹配的结果");
        assertThat(nothing.selectFirst(".search-none").text()).contains("没有与“zzqx”匹配的内容");
        assertThat(nothing.select(".search-none a")).extracting(a -> a.attr("href"))
                .containsExactly("/companies", "/products");
    }

    @Test
    void eachKindShowsAtMost50AndSaysWhenThereAreMore() throws Exception {
        create(new CompanyDraft("crowd-co", "Crowd Co", null, null, null));
        List<ProductDraft> products = IntStream.rangeClosed(1, 51).mapToObj(i -> new ProductDraft(
                "crowd-app-" + i, "crowd-co", "Crowd App " + i, null, Category.COMMERCE, Stage.LAUNCHED, null, null,
                MonetizationAtLaunch.UNKNOWN, GrowthDriver.UNKNOWN, IntegrationDepth.UNKNOWN, Weight.MINOR)).toList();
        assertThat(catalog.createAll(products)).isInstanceOf(Outcome.Saved.class);
        Document page = search("crowd app", "en");
        assertThat(page.select("#search-products li")).hasSize(50);
        assertThat(page.selectFirst("#search-products .search-capped").text()).contains("Only the first 50");
        assertThat(page.selectFirst("#search-products-title").text()).isEqualTo("Products (50)");

        create(new CompanyDraft("crowd-two", "Crowd Two", null, null, null));
        assertThat(search("crowd", "en").select("#search-companies .search-capped")).isEmpty();
    }

    private Source added(SourceDraft draft) {
        SourceOutcome outcome = bibliography.add(draft);
        assertThat(outcome).isInstanceOf(SourceOutcome.Saved.class);
        return ((SourceOutcome.Saved) outcome).source();
    }

    private void create(CompanyDraft draft) {
        assertThat(catalog.create(draft)).isInstanceOf(Outcome.Saved.class);
    }

    private FactDraft fact(String source, String claim) {
        return new FactDraft(Metric.MAU, new java.math.BigDecimal("2000000"), null, null, null, Qualifier.ABOUT,
                LocalDate.of(2026, 10, 1), Provenance.THIRD_PARTY, sources.cite(source, null, null), claim);
    }

    private int status(String q) throws Exception {
        return mvc.perform(get("/search").param("q", q)).andReturn().getResponse().getStatus();
    }

    private Document search(String q, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/search").param("q", q).param("lang", lang)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(q).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static List<String> links(Document page, String css) {
        return page.select(css).select(".search-results a").eachAttr("href");
    }
}
