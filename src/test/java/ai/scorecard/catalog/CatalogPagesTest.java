package ai.scorecard.catalog;

import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.catalog.Catalog;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class CatalogPagesTest {

    @Autowired
    SourceFixtures sources;

    @Autowired
    MockMvc mvc;

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;
    @Test
    void homeNamesEveryCompanyAndTheLedgerSize() throws Exception {
        Document home = page("/");
        assertThat(home.select(".company-list a")).extracting(Element::text)
                .containsExactly("Alibaba", "ByteDance", "MiniMax", "Tencent", "Zhipu AI");
        assertThat(home.selectFirst("#ledger-size").text()).contains("5 companies", "19 products", "35 facts");
    }

    @Test
    void companiesListCountsTheirProducts() throws Exception {
        Document list = page("/companies");
        assertThat(countFor(list, "ByteDance")).isEqualTo("9");
        assertThat(countFor(list, "Alibaba")).isEqualTo("7");
        assertThat(countFor(list, "Tencent")).isEqualTo("1");
    }

    @Test
    void companyPageShowsItsProductsAndFacts() throws Exception {
        Document bytedance = page("/companies/bytedance");
        assertThat(bytedance.selectFirst("h1").text()).contains("ByteDance", "字节跳动");
        assertThat(bytedance.select("table.products tbody th a")).extracting(Element::text)
                .contains("Doubao", "Volcano Engine", "Jianying / CapCut", "Lark", "Trae", "Coze", "Jimeng", "Seed models");
        assertThat(rowsOf(bytedance, "#current-facts")).anySatisfy(row -> {
            assertThat(row.selectFirst(".fact-metric").text()).isEqualTo("Reach of AI across products");
            assertThat(row.selectFirst(".fact-value").text()).isEqualTo("In every product");
            assertThat(row.selectFirst(".fact-source").text()).contains("Alibaba's models are leading");
        });
    }

    @Test
    void productPageShowsTraitsAndCurrentFactsWithSources() throws Exception {
        Document capcut = page("/products/jianying-capcut");
        assertThat(capcut.selectFirst("h1").text()).contains("Jianying / CapCut");
        assertThat(capcut.selectFirst(".trait-company").text()).isEqualTo("ByteDance");
        assertThat(capcut.selectFirst(".trait-stage").text()).isEqualTo("Monetized");
        assertThat(capcut.selectFirst(".trait-monetization").text()).isEqualTo("Yes");
        Element revenue = row(capcut, "#current-facts", "Annual revenue");
        // The article gives neither currency nor period.
        assertThat(revenue.selectFirst(".fact-value").text()).isEqualTo("≥ 10 billion");
        assertThat(revenue.selectFirst(".fact-as-of time").attr("datetime")).isEqualTo("2026-11-29");
        assertThat(revenue.selectFirst(".fact-provenance").text()).isEqualTo("Commentary");
        assertThat(revenue.selectFirst(".fact-claim").text()).contains("has long exceeded 10 billion");
        assertThat(capcut.select("#fact-history")).isEmpty();
    }

    @Test
    void supersededFactsAreShownApartFromCurrentOnes() throws Exception {
        ledger.record(catalog.product("jianying-capcut").orElseThrow(), new FactDraft(Metric.ANNUAL_REVENUE,
                new BigDecimal("20000000000"), null, null, "CNY", Qualifier.ABOUT, LocalDate.of(2026, 11, 29),
                Provenance.THIRD_PARTY, sources.cite("Newer report", "https://example.com/r", null), "Newer figure")).orElseThrow();
        Document capcut = page("/products/jianying-capcut");
        assertThat(row(capcut, "#current-facts", "Annual revenue").selectFirst(".fact-value").text())
                .isEqualTo("≈ 20 billion CNY");
        assertThat(row(capcut, "#superseded-facts", "Annual revenue").selectFirst(".fact-value").text())
                .isEqualTo("≥ 10 billion");
        assertThat(rowsOf(capcut, "#current-facts")).extracting(r -> r.selectFirst(".fact-value").text())
                .doesNotContain("≥ 10 billion");
    }

    @Test
    void chineseReadersSeeChineseNamesAndAmountsInYi() throws Exception {
        MvcResult first = mvc.perform(get("/products/jianying-capcut").param("lang", "zh-CN")).andReturn();
        Document capcut = Jsoup.parse(first.getResponse().getContentAsString());
        assertThat(capcut.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(capcut.selectFirst("h1 span").text()).isEqualTo("剪映 / CapCut");
        assertThat(row(capcut, "#current-facts", "年收入").selectFirst(".fact-value").text()).isEqualTo("不少于 100亿");

        // The choice is remembered: the next page, without ?lang, is still in Chinese.
        Cookie language = first.getResponse().getCookie("lang");
        assertThat(language).isNotNull();
        Document companies = Jsoup.parse(mvc.perform(get("/companies").cookie(language)).andReturn().getResponse()
                .getContentAsString());
        assertThat(companies.selectFirst("h1").text()).isEqualTo("公司");
        assertThat(companies.select("table.companies tbody th a")).extracting(Element::text).contains("字节跳动", "阿里巴巴");
        // Zhipu has no separate Chinese record for MiniMax, so the English name stands.
        assertThat(companies.select("table.companies tbody th a")).extracting(Element::text).contains("MiniMax");
    }

    @Test
    void languageLinksKeepTheFilters() throws Exception {
        Document list = page("/products?category=coding-tool&q=t");
        String chinese = list.select("a[hreflang=zh-CN]").attr("href");
        assertThat(chinese).startsWith("/products?").contains("category=coding-tool", "q=t", "lang=zh-CN");
    }

    @Test
    void productsFilterByCompanyCategoryAndStage() throws Exception {
        assertThat(slugs("/products?company=alibaba")).containsExactlyInAnyOrder("qwen", "qianwen-app",
                "alibaba-cloud", "tongyi-lingma", "taobao-ai", "amap-ai", "dingtalk");
        assertThat(slugs("/products?category=coding-tool")).containsExactly("tongyi-lingma", "trae");
        assertThat(slugs("/products?category=ASSISTANT_APP&company=bytedance")).containsExactly("doubao");
        // Only these two have a monetization path in the article.
        assertThat(slugs("/products?stage=monetized")).containsExactlyInAnyOrder("jimeng", "jianying-capcut");
        assertThat(slugs("/products?company=nobody")).isEmpty();
        assertThat(page("/products?company=nobody").selectFirst(".no-results")).isNotNull();
    }

    @Test
    void textSearchLooksAtBothNamesAndTheSummary() throws Exception {
        assertThat(slugs("/products?q=CAPCUT")).containsExactly("jianying-capcut");
        assertThat(slugs("/products?q=飞书")).containsExactly("lark");
        assertThat(slugs("/products?q=dialect")).containsExactly("doubao");
        // Wildcards are text, not patterns.
        assertThat(slugs("/products?q=%25")).isEmpty();
        assertThat(slugs("/products?q=_")).isEmpty();
    }

    @Test
    void sortingOrdersRowsAndFlipsOnSecondClick() throws Exception {
        assertThat(slugs("/products?company=bytedance")).containsExactly("coze", "doubao", "jianying-capcut", "jimeng",
                "lark", "recording-dou", "seed-models", "trae", "volcano-engine");
        assertThat(slugs("/products?company=bytedance&sort=name&dir=desc")).startsWith("volcano-engine", "trae");
        // Stages sort by progress (launched before monetized), names break ties.
        assertThat(slugs("/products?company=bytedance&sort=stage")).containsExactly("coze", "doubao", "lark",
                "recording-dou", "seed-models", "trae", "volcano-engine", "jianying-capcut", "jimeng");
        Document sorted = page("/products?company=bytedance&sort=stage");
        Element stageHeader = sorted.select("th[aria-sort]").first();
        assertThat(stageHeader.attr("aria-sort")).isEqualTo("ascending");
        assertThat(stageHeader.selectFirst("a").attr("href")).contains("sort=stage", "dir=desc", "company=bytedance");
    }

    @Test
    void paginationSplitsTheListAndItsLinksKeepTheFilters() throws Exception {
        List<String> all = slugs("/products?sort=company&size=100");
        assertThat(all).hasSize(19);
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            paged.addAll(slugs("/products?sort=company&size=5&page=" + page));
        }
        assertThat(paged).isEqualTo(all);

        Document second = page("/products?q=a&category=foundation-model&size=2&page=2");
        assertThat(second.select(".pagination a.page-link")).isNotEmpty().allSatisfy(link ->
                assertThat(link.attr("href")).contains("q=a", "category=foundation-model", "size=2"));
        assertThat(second.selectFirst(".pagination [aria-current=page]").text()).isEqualTo("2");
        assertThat(second.selectFirst(".result-count").text()).isEqualTo("4 products");
    }

    @Test
    void unknownSlugsAnswer404WithAWayOn() throws Exception {
        for (String url : List.of("/products/no-such-product", "/companies/no-such-company", "/no/such/page")) {
            MvcResult result = mvc.perform(get(url)).andExpect(status().isNotFound()).andReturn();
            Document page = Jsoup.parse(result.getResponse().getContentAsString());
            assertThat(page.selectFirst("h1").text()).isEqualTo("We could not find that page");
            assertThat(page.select("a[href=/products]")).isNotEmpty();
            assertThat(page.select("form[role=search]")).isNotEmpty();
        }
    }

    @Test
    void malformedParametersAnswer400WithAClearMessage() throws Exception {
        for (String url : List.of("/products?page=abc", "/products?page=0", "/products?size=1000",
                "/products?category=toaster", "/products?stage=%3Cscript%3E", "/products?sort=price",
                "/products?dir=sideways")) {
            MvcResult result = mvc.perform(get(url)).andExpect(status().isBadRequest()).andReturn();
            String html = result.getResponse().getContentAsString();
            Document page = Jsoup.parse(html);
            assertThat(page.selectFirst("h1").text()).isEqualTo("That request did not make sense");
            assertThat(page.selectFirst(".error-detail").text()).contains("is not allowed for");
            assertThat(html).doesNotContain("<script>", "Exception", "at ai.scorecard");
        }
    }

    @Test
    void onlyTheHealthEndpointIsExposed() throws Exception {
        assertThat(mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("\"UP\"");
        for (String endpoint : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/info")) {
            mvc.perform(get(endpoint)).andExpect(status().isNotFound());
        }
    }

    private Document page(String url) throws Exception {
        String html = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private List<String> slugs(String url) throws Exception {
        return page(url).select("table.product-list tbody tr").eachAttr("data-slug");
    }

    private static String countFor(Document list, String company) {
        return list.select("tr.company").stream()
                .filter(row -> row.selectFirst("th").text().equals(company))
                .findFirst().orElseThrow().selectFirst(".product-count").text();
    }

    private static List<Element> rowsOf(Document page, String section) {
        return page.select(section + " tr.fact");
    }

    private static Element row(Document page, String section, String metric) {
        return rowsOf(page, section).stream()
                .filter(r -> r.selectFirst(".fact-metric").text().equals(metric))
                .findFirst().orElseThrow(() -> new AssertionError("no " + metric + " in " + section));
    }
}
