package ai.scorecard.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records in both languages (issue 14): a claim in either language, or both, never neither; summaries and
 * headquarters beside their Chinese; and every page reads the reader's language, or marks the other one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(username = "erin", roles = "EDITOR")
class BilingualRecordsTest {

    private static final String ENGLISH_ONLY_MARK = "（仅英文）";

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    FactLedger ledger;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSeedReadsInChineseOnAChinesePage() throws Exception {
        Document page = page("/companies/bytedance?lang=zh-CN");

        assertThat(page.selectFirst(".summary").text()).startsWith("抖音/TikTok 的母公司");
        assertThat(page.text()).contains("北京", "核心模型研发集中在 Seed 团队，应用探索则分散在各产品团队。")
                .doesNotContain("Beijing", "Core model research", "thoroughly AI-ized", ENGLISH_ONLY_MARK);
        for (String claim : jdbc.queryForList("select f.claim from fact f join company c on c.id = f.company_id "
                + "where c.slug = 'bytedance'", String.class)) {
            assertThat(page.text()).doesNotContain(claim);
        }
        assertThat(page.select(".fact-source-title").text()).contains("Gate 广场帖子");
        assertThat(page("/products/doubao?lang=zh-CN").text()).contains("语音通话、实时视频和方言支持是豆包独有的功能。")
                .contains("字节跳动面向消费者的 AI 助手").doesNotContain("Voice calls");
        assertThat(page("/methodology?lang=zh-CN").selectFirst(".version-note").text()).startsWith("证据先于数字");
        assertThat(page("/companies/bytedance").text()).contains("Beijing", "Core model research")
                .doesNotContain("北京", "(Chinese only)");
    }

    /** Every text of the seed is written in both languages: no page of it falls back, in either language. */
    @Test
    void noPageOfTheSeedFallsBackToTheOtherLanguage() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/companies", "/products", "/sources", "/methodology", "/compare",
                "/search?q=Seed", "/sources/" + jdbc.queryForObject("select min(id) from source", Long.class)));
        jdbc.queryForList("select slug from company", String.class).forEach(slug -> pages.add("/companies/" + slug));
        jdbc.queryForList("select slug from product", String.class).forEach(slug -> pages.add("/products/" + slug));
        for (String path : pages) {
            for (String lang : List.of("en", "zh-CN")) {
                Document page = page(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                assertThat(page.select(".fallback-note, .fallback-text")).as(path + " in " + lang).isEmpty();
            }
        }
    }

    @Test
    void aFactWithOnlyAChineseClaimIsRecordedAndTheEnglishPageMarksIt() throws Exception {
        mvc.perform(fact(with(DAU, "claim", "", "claimZh", "豆包日活跃用户数约 1.5 亿。")))
                .andExpect(status().is3xxRedirection());

        Fact fact = current("doubao", Metric.DAU);
        assertThat(fact.getClaim()).isNull();
        assertThat(fact.getClaimZh()).isEqualTo("豆包日活跃用户数约 1.5 亿。");
        Element english = claimOf(page("/products/doubao"), fact);
        assertThat(english.selectFirst("[lang=zh]").text()).isEqualTo("豆包日活跃用户数约 1.5 亿。");
        assertThat(english.selectFirst(".fallback-note").text()).isEqualTo("(Chinese only)");
        Element chinese = claimOf(page("/products/doubao?lang=zh-CN"), fact);
        assertThat(chinese.text()).isEqualTo("豆包日活跃用户数约 1.5 亿。");
        assertThat(chinese.select("[lang], .fallback-note")).isEmpty();
    }

    @Test
    void aFactWithOnlyAnEnglishClaimShowsMarkedOnChinesePages() throws Exception {
        mvc.perform(fact(DAU)).andExpect(status().is3xxRedirection());

        Fact fact = current("doubao", Metric.DAU);
        Element chinese = claimOf(page("/products/doubao?lang=zh-CN"), fact);
        assertThat(chinese.selectFirst("[lang=en]").text()).isEqualTo(DAU.get("claim"));
        assertThat(chinese.selectFirst(".fallback-note").text()).isEqualTo(ENGLISH_ONLY_MARK);
        // The new source has an English title only: marked wherever it shows.
        Element source = page("/products/doubao?lang=zh-CN").selectFirst("#fact-" + fact.getId() + " .fact-source-title");
        assertThat(source.selectFirst("[lang=en]").text()).isEqualTo("QuestMobile report");
        assertThat(page("/sources/" + fact.getSource().getId() + "?lang=zh-CN").selectFirst("h1").text())
                .isEqualTo("QuestMobile report " + ENGLISH_ONLY_MARK);
        Element english = claimOf(page("/products/doubao"), fact);
        assertThat(english.text()).isEqualTo(DAU.get("claim"));
        assertThat(english.select("[lang], .fallback-note")).isEmpty();
    }

    @Test
    void aFactInNeitherLanguageIsRefusedAndTheFormKeepsEverything() throws Exception {
        int before = jdbc.queryForObject("select count(*) from fact", Integer.class);

        Document refused = refused(fact(with(DAU, "claim", " ", "claimZh", " ", "sourceTitleZh", "QuestMobile 报告")));
        assertThat(refused.selectFirst("#claim-error").text()).isEqualTo("Give it in English or in Chinese, or both.");
        assertThat(refused.selectFirst("#sourceTitleZh").val()).isEqualTo("QuestMobile 报告");
        Document chinese = refused(fact(with(DAU, "claim", "", "claimZh", "")).param("lang", "zh-CN"));
        assertThat(chinese.selectFirst("#claim-error").text()).isEqualTo("请用英文或中文填写，也可以两种都填。");

        // Refused for another reason, both claims come back as typed.
        Document both = refused(fact(with(DAU, "value", "-1", "claimZh", "约 1.5 亿")));
        assertThat(both.selectFirst("#claim").val()).isEqualTo(DAU.get("claim"));
        assertThat(both.selectFirst("#claimZh").val()).isEqualTo("约 1.5 亿");
        Document badChinese = refused(fact(with(DAU, "claimZh", "响铃\u0007")));
        assertThat(badChinese.selectFirst("#claimZh-error").text())
                .isEqualTo("Remove the control characters from this text.");
        assertThat(badChinese.selectFirst("#claim").val()).isEqualTo(DAU.get("claim"));
        assertThat(jdbc.queryForObject("select count(*) from fact", Integer.class)).isEqualTo(before);
    }

    @Test
    void theFormsHaveBothFieldsLabelledByLanguage() throws Exception {
        Document fact = page("/products/doubao/facts/new");
        assertThat(fact.selectFirst("label[for=claim]").text()).endsWith("(English)");
        assertThat(fact.selectFirst("label[for=claimZh]").text()).endsWith("(Chinese)");
        assertThat(fact.select("#sourceTitleZh, #sourcePublisherZh")).hasSize(2);
        Document company = page("/companies/bytedance/edit?lang=zh-CN");
        assertThat(company.selectFirst("label[for=summary]").text()).isEqualTo("简介（英文）");
        assertThat(company.selectFirst("label[for=summaryZh]").text()).isEqualTo("简介（中文）");
        assertThat(company.selectFirst("#headquartersZh").val()).isEqualTo("北京");
        assertThat(page("/products/doubao/edit").selectFirst("#summaryZh").val()).startsWith("字节跳动面向消费者");
    }

    @Test
    void aCompanyInChineseOnlyIsSavedAndABadChineseSummaryIsRefusedNextToIt() throws Exception {
        mvc.perform(post("/companies").with(csrf()).param("slug", "baidu").param("nameEn", "Baidu")
                        .param("headquartersZh", "北京").param("summaryZh", "搜索与文心大模型。"))
                .andExpect(redirectedUrl("/companies/baidu"));

        Document english = page("/companies/baidu");
        assertThat(english.selectFirst(".summary [lang=zh]").text()).isEqualTo("搜索与文心大模型。");
        assertThat(english.selectFirst(".summary .fallback-note").text()).isEqualTo("(Chinese only)");
        assertThat(page("/companies/baidu?lang=zh-CN").selectFirst(".summary").text()).isEqualTo("搜索与文心大模型。");

        String version = page("/companies/baidu/edit").selectFirst("#version").val();
        MvcResult bad = mvc.perform(post("/companies/baidu").with(csrf()).param("slug", "baidu")
                .param("nameEn", "Baidu").param("version", version).param("summary", "Search and ERNIE.")
                .param("summaryZh", "响铃\u0007")).andExpect(status().isUnprocessableContent()).andReturn();
        Document refused = Jsoup.parse(bad.getResponse().getContentAsString());
        assertThat(refused.selectFirst("#summaryZh-error").text()).isEqualTo("Remove the control characters from this text.");
        assertThat(refused.selectFirst("#summary").val()).isEqualTo("Search and ERNIE.");

        mvc.perform(post("/companies/baidu").with(csrf()).param("slug", "baidu").param("nameEn", "Baidu")
                .param("version", version).param("headquartersZh", "北京").param("summaryZh", "搜索、云和文心大模型。"))
                .andExpect(redirectedUrl("/companies/baidu"));
        assertThat(page("/companies/baidu?lang=zh-CN").selectFirst(".summary").text()).isEqualTo("搜索、云和文心大模型。");
    }

    static final Map<String, String> DAU = FactFormsTest.DAU;

    private Element claimOf(Document page, Fact fact) {
        Element claim = page.selectFirst("#fact-" + fact.getId() + " .fact-claim");
        assertThat(claim).as("the fact's claim on the page").isNotNull();
        return claim;
    }

    private Fact current(String product, Metric metric) {
        return ledger.ledgerOf(catalog.product(product).orElseThrow()).stream()
                .filter(f -> f.getMetric() == metric && f.isCurrent()).findFirst().orElseThrow();
    }

    private static MockHttpServletRequestBuilder fact(Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post("/products/doubao/facts").with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static Map<String, String> with(Map<String, String> fields, String... changed) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        for (int i = 0; i < changed.length; i += 2) {
            copy.put(changed[i], changed[i + 1]);
        }
        return copy;
    }

    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
