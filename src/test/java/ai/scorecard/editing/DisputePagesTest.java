package ai.scorecard.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.Forms;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right of reply through the editors' forms, and what readers see of it. Each dispute is committed, so that
 * the data version moves and the kept pages (the comparison above all) show it as they would in production;
 * what a test added is removed afterwards, and the data version moved once more so nothing kept with it is served.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DisputePagesTest {

    static final String HOSTILE = "<script>alert('x')</script> & \"press\" office";

    static final RequestPostProcessor EDITOR = user("erin").roles("EDITOR");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long disputesBefore;
    long sourcesBefore;

    @BeforeEach
    void remember() {
        disputesBefore = jdbc.queryForObject("select coalesce(max(id), 0) from dispute", Long.class);
        sourcesBefore = jdbc.queryForObject("select coalesce(max(id), 0) from source", Long.class);
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        jdbc.update("delete from dispute_aud where id > ?", disputesBefore);
        jdbc.update("delete from dispute where id > ?", disputesBefore);
        jdbc.update("delete from source_aud where id > ?", sourcesBefore);
        jdbc.update("delete from source where id > ?", sourcesBefore);
        jdbc.update("update data_version set version = version + 1 where id = 1");
    }

    @Test
    void anonymousReadersCannotDisputeAndNeitherCanAGetOrAPostWithoutItsToken() throws Exception {
        long fact = evidenceOf("doubao");
        String path = "/products/doubao/facts/" + fact + "/dispute";

        mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post(path).with(csrf()).param("disputedBy", "Anyone").param("note", "No"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post(path).with(EDITOR).param("disputedBy", "Anyone").param("note", "No").param("sourceId", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get(path).with(EDITOR).param("disputedBy", "Anyone").param("note", "No").param("sourceId", "1"))
                .andExpect(status().isOk());

        assertThat(disputes()).isZero();
    }

    @Test
    void aDisputeWithoutWhoOrWhyIsRefusedNextToItsFields() throws Exception {
        long fact = evidenceOf("doubao");
        Document form = page(get("/products/doubao/facts/" + fact + "/dispute").with(EDITOR));

        MvcResult refused = mvc.perform(Forms.submit(form, "form[data-dispute-form]", Map.of("sourceId",
                existingSource())).with(EDITOR)).andExpect(status().isUnprocessableContent()).andReturn();

        Document page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select("#disputedBy-error").text()).isEqualTo("Give it in English or in Chinese, or both.");
        assertThat(page.select("#note-error").text()).isEqualTo("Give it in English or in Chinese, or both.");
        assertThat(disputes()).isZero();
        mvc.perform(get("/products/doubao/facts/" + Long.MAX_VALUE + "/dispute").with(EDITOR))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDisputeShowsBesideTheFactOnEveryPageInBothLanguagesEscapedAndGoesWhenResolved() throws Exception {
        long fact = evidenceOf("doubao");
        String indicator = indicatorOf("doubao", fact);
        // Drawn and kept before the dispute: the dispute moves the data version, so it is drawn anew.
        assertThat(page(get("/compare?left=bytedance&right=alibaba")).select(".key-fact a[href$=#fact-" + fact + "]"))
                .isNotEmpty();
        Document form = page(get("/products/doubao/facts/" + fact + "/dispute").with(EDITOR));
        mvc.perform(Forms.submit(form, "form[data-dispute-form]", Map.of("disputedBy", HOSTILE,
                "disputedByZh", "字节跳动新闻办公室", "note", "The report counts <b>monthly</b> users.",
                "sourceTitle", "ByteDance statement on Doubao", "sourceLanguage", "EN", "sourceKind",
                "COMPANY_STATEMENT", "sourceUrl", "https://example.com/bytedance-statement", "sourceDate", "2026-10-20"))
                .with(EDITOR)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/products/doubao#fact-" + fact));

        Document product = page(get("/products/doubao"));
        Element row = product.getElementById("fact-" + fact);
        assertThat(row.hasClass("fact-disputed")).isTrue();
        assertDispute(row.selectFirst(".dispute"));
        assertThat(row.select(".dispute-source").text()).isEqualTo("ByteDance statement on Doubao");
        assertDispute(product.selectFirst("tr.indicator[data-indicator=" + indicator + "] .evidence .dispute"));
        Document comparison = page(get("/compare?left=bytedance&right=alibaba"));
        assertDispute(comparison.selectFirst(".key-fact:has(a[href$=#fact-" + fact + "]) .dispute"));
        Document chinese = page(get("/products/doubao?lang=zh-CN"));
        assertThat(chinese.getElementById("fact-" + fact).select(".dispute").text())
                .contains("有异议", "异议方：字节跳动新闻办公室", "反驳来源");
        assertThat(page(get("/compare?left=bytedance&right=alibaba&lang=zh-CN")).select(".key-fact .dispute").text())
                .contains("字节跳动新闻办公室");
        Element created = page(get("/products/doubao/history")).selectFirst("tr.revision[data-subject=DISPUTE]");
        assertThat(created.attr("data-kind")).isEqualTo("CREATED");
        assertThat(created.select(".revision-what").text()).contains("Created Dispute");
        assertThat(created.select(".revision-fact").attr("href")).isEqualTo("/products/doubao#fact-" + fact);
        assertThat(created.select(".change[data-field=disputedBy] .change-new").text()).isEqualTo(HOSTILE);

        Document editorsPage = page(get("/products/doubao").with(EDITOR));
        String resolve = editorsPage.getElementById("fact-" + fact).select(".dispute-actions a").attr("href");
        mvc.perform(Forms.submit(page(get(resolve).with(EDITOR)), "form.edit-form", Map.of("reason",
                "Withdrawn by ByteDance")).with(EDITOR)).andExpect(status().is3xxRedirection());

        assertThat(page(get("/products/doubao")).getElementById("fact-" + fact).select(".dispute")).isEmpty();
        assertThat(page(get("/compare?left=bytedance&right=alibaba")).select(".key-fact .dispute")).isEmpty();
        Element resolved = page(get("/products/doubao/history")).selectFirst("tr.revision[data-subject=DISPUTE]");
        assertThat(resolved.attr("data-kind")).isEqualTo("RESOLVED");
        assertThat(resolved.select(".change[data-field=resolution] .change-new").text()).isEqualTo("Withdrawn by ByteDance");
    }

    @Test
    void leavingDisputedFactsOutMovesTheScoresThatRestOnThemAndEveryLinkKeepsTheChoice() throws Exception {
        long fact = evidenceOf("doubao");
        String indicator = indicatorOf("doubao", fact);
        Document form = page(get("/products/doubao/facts/" + fact + "/dispute").with(EDITOR));
        mvc.perform(Forms.submit(form, "form[data-dispute-form]", Map.of("disputedBy", "ByteDance",
                "note", "Wrong figure.", "sourceId", existingSource())).with(EDITOR))
                .andExpect(status().is3xxRedirection());

        Document counted = page(get("/products/doubao"));
        Document leftOut = page(get("/products/doubao?disputed=exclude"));
        String points = "tr.indicator[data-indicator=" + indicator + "] .points";
        assertThat(leftOut.select(points).text()).isNotEqualTo(counted.select(points).text());
        assertThat(leftOut.select(".disputed-left-out")).hasSize(1);
        assertThat(counted.select(".disputed-left-out")).isEmpty();
        assertThat(leftOut.select("form.score-options input[name=disputed]").hasAttr("checked")).isTrue();

        Document company = page(get("/companies/bytedance?disputed=exclude"));
        assertThat(company.select(".contribution[data-product=doubao] a").attr("href"))
                .isEqualTo("/products/doubao?disputed=exclude");
        Document comparison = page(get("/compare?left=bytedance&right=alibaba&disputed=exclude"));
        assertThat(comparison.select(".compare-form input[name=disputed]").hasAttr("checked")).isTrue();
        assertThat(comparison.select(".lens-switcher a").eachAttr("href")).allMatch(href -> href.endsWith("&disputed=exclude"));
        assertThat(comparison.select("#permalink a").eachAttr("href")).allMatch(href -> href.contains("&disputed=exclude"));
        assertThat(comparison.select(".key-fact a[href*=#fact-" + fact + "]")).isEmpty();
        Document rankings = page(get("/rankings?category=assistant-app&disputed=exclude"));
        assertThat(rankings.select("table.ranking tbody a").eachAttr("href")).isNotEmpty()
                .allMatch(href -> href.contains("disputed=exclude"));
        assertThat(rankings.select(".disputed-left-out")).hasSize(1);
        assertThat(page(get("/rankings?category=assistant-app")).select(".disputed-left-out")).isEmpty();
    }

    private static void assertDispute(Element dispute) {
        assertThat(dispute).as("a dispute shown").isNotNull();
        assertThat(dispute.select(".dispute-mark").text()).isEqualTo("Disputed");
        assertThat(dispute.select(".dispute-by").text()).isEqualTo(HOSTILE);
        assertThat(dispute.select("script, b")).isEmpty();
        assertThat(dispute.select(".dispute-note").text()).isEqualTo("The report counts <b>monthly</b> users.");
    }

    /** A current fact of the product that its score's breakdown rests on. */
    private long evidenceOf(String product) throws Exception {
        String href = page(get("/products/" + product)).select("tr.indicator.known .evidence a").first().attr("href");
        Matcher id = Pattern.compile("#fact-(\\d+)").matcher(href);
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private String indicatorOf(String product, long fact) throws Exception {
        return page(get("/products/" + product)).selectFirst("tr.indicator:has(.evidence a[href$=#fact-" + fact + "])")
                .attr("data-indicator");
    }

    private String existingSource() {
        return String.valueOf(jdbc.queryForObject("select min(id) from source", Long.class));
    }

    private long disputes() {
        return jdbc.queryForObject("select count(*) from dispute where id > ?", Long.class, disputesBefore);
    }

    private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
