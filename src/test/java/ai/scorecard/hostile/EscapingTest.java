package ai.scorecard.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Markup typed into any field comes back as text on every page that shows the field. The records go
 * in through the real forms and are committed (history is written on commit), then deleted with their
 * history afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EscapingTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String BOLD = "<b>bold</b>";
    static final String QUOTE = "\" onmouseover=\"alert(1)";
    static final String BOTH = SCRIPT + " " + BOLD + " " + QUOTE;

    static final RequestPostProcessor EDITOR = user("erin").roles("EDITOR");
    static final RequestPostProcessor ADMIN = user("ada").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTypedFieldIsShownAsTextWhereverItAppears() throws Exception {
        send(post("/companies").param("slug", "escape-co").param("nameEn", BOTH).param("nameZh", BOLD + QUOTE)
                .param("headquarters", BOTH).param("summary", BOTH).param("headquartersZh", BOTH).param("summaryZh", BOTH));
        send(post("/products").param("slug", "escape-app").param("company", "escape-co").param("nameEn", BOTH)
                .param("nameZh", BOLD).param("category", "ASSISTANT_APP").param("stage", "LAUNCHED")
                .param("weight", "FLAGSHIP").param("summary", BOTH));
        send(fact("/products/escape-app/facts", "DAU", "150000000"));
        send(fact("/products/escape-app/facts", "PAID_USERS", "1000000"));
        send(post("/products/escape-app/facts/" + factId("PAID_USERS") + "/retract").param("reason", BOTH));
        send(post("/companies/escape-co/facts").param("metric", "AI_REACH").param("level", "PATCHWORK")
                .param("qualifier", "EXACT").param("asOf", "2026-11-01").param("provenance", "COMMENTARY")
                .param("sourceTitle", BOTH).param("sourceLanguage", "EN").param("sourceKind", "PRESS").param("sourceDateUnknown", "true").param("claim", BOTH)
                .param("sourceTitleZh", BOTH).param("sourcePublisherZh", BOTH).param("claimZh", BOTH));
        // A change, so that the history pages show old and new values.
        send(post("/products/escape-app").param("company", "escape-co").param("nameEn", BOTH + " 2")
                .param("nameZh", BOLD).param("category", "ASSISTANT_APP").param("stage", "MONETIZED")
                .param("weight", "FLAGSHIP").param("summary", BOTH + " 2").param("version", version("product", "escape-app")));

        for (String page : List.of("/products/escape-app", "/companies/escape-co", "/companies", "/products",
                "/products?q=" + "%3Cscript%3E", "/compare?left=escape-co&right=bytedance",
                "/compare?left=bytedance&right=escape-co&lang=zh-CN", "/rankings", "/rankings?category=assistant-app",
                "/styles", "/products/escape-app/history", "/companies/escape-co/history", "/products/escape-app/edit",
                "/companies/escape-co/edit", "/products/escape-app/delete", "/products/escape-app?lang=zh-CN",
                "/companies/escape-co?lang=zh-CN", "/companies/escape-co/history?lang=zh-CN")) {
            assertEscaped(page, mvc.perform(get(page).with(EDITOR)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
        }
        // The claim, the source's title, the retraction's reason and the headquarters, each where it is shown.
        Document product = page("/products/escape-app");
        assertThat(product.select("#current-facts .fact-claim").text()).contains(BOTH);
        assertThat(product.select("#current-facts .fact-source").text()).contains(BOTH);
        assertThat(product.select("#retracted-facts").text()).contains(BOTH);
        assertThat(page("/companies/escape-co").text()).contains(BOTH);
        // The Chinese fields, read on a Chinese page, and an English one shown there in its place, marked.
        Document chinese = page("/companies/escape-co?lang=zh-CN");
        assertThat(chinese.selectFirst(".summary").text()).isEqualTo(BOTH);
        assertThat(chinese.select(".fact-claim").text()).contains(BOTH);
        assertThat(page("/products/escape-app?lang=zh-CN").selectFirst(".summary [lang=en]").text()).isEqualTo(BOTH + " 2");

        // The source's own pages, before and after its facts are retracted with a hostile reason.
        long source = jdbc.queryForObject("select min(id) from source where title = ?", Long.class, BOTH);
        String sourcePath = "/sources/" + source;
        List<String> sourcePages = List.of("/sources", "/sources?q=%3Cscript%3E", sourcePath, sourcePath + "/edit",
                sourcePath + "/retract", sourcePath + "/history", "/search?q=%3Cscript%3E",
                "/search?q=%3Cscript%3E&lang=zh-CN");
        for (String page : sourcePages) {
            assertEscaped(page, mvc.perform(get(page).with(EDITOR)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
        }
        Document preview = Jsoup.parse(mvc.perform(get(sourcePath + "/retract").with(EDITOR)).andReturn().getResponse()
                .getContentAsString());
        assertThat(preview.selectFirst("#retracting").text()).contains(BOTH);
        MockHttpServletRequestBuilder withdrawal = post(sourcePath + "/retract").param("reason", BOTH);
        preview.select("form.edit-form input[type=hidden]:not([name=_csrf])").forEach(input -> withdrawal.param(
                input.attr("name"), input.val()));
        send(withdrawal);
        for (String page : List.of(sourcePath, sourcePath + "/history", "/products/escape-app/history")) {
            String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertEscaped(page + " (retracted)", html);
            assertThat(Jsoup.parse(html).select(".fact-retraction, .revision-reason").text())
                    .as(page).contains("Source withdrawn (" + BOTH + "): " + BOTH);
        }
        assertThat(page(sourcePath).selectFirst("h1").text()).isEqualTo(BOTH);
        assertThat(page(sourcePath).select(".citing-facts .fact-claim").eachText()).contains(BOTH);
    }

    @Test
    @Transactional
    void aMethodologyNoteAndARefusedAccountNameAreShownAsText() throws Exception {
        String draft = "/methodology/drafts/new";
        Document form = Jsoup.parse(mvc.perform(get(draft).with(ADMIN)).andReturn().getResponse().getContentAsString());
        MockHttpServletRequestBuilder publish = post("/methodology/drafts").with(ADMIN).with(csrf())
                .param("action", "publish");
        form.select("form.edit-form input[name], form.edit-form textarea[name]").stream()
                .filter(input -> !input.attr("name").equals("_csrf") && !input.attr("name").equals("noteZh"))
                .forEach(input -> publish.param(input.attr("name"), input.val()));
        publish.param("note", BOTH);
        publish.param("noteZh", BOTH + " 中文");
        mvc.perform(publish).andExpect(status().is3xxRedirection());
        for (String page : List.of("/methodology", "/methodology?version=1")) {
            String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertEscaped(page, html);
            assertThat(Jsoup.parse(html).text()).contains(BOTH);
        }
        String chinese = mvc.perform(get("/methodology?lang=zh-CN")).andReturn().getResponse().getContentAsString();
        assertEscaped("/methodology?lang=zh-CN", chinese);
        // In the list of versions (another test's version may be the current one), in Chinese.
        assertThat(Jsoup.parse(chinese).text()).contains(BOTH + " 中文");

        String refused = mvc.perform(post("/admin/accounts").with(ADMIN).with(csrf()).param("username", BOTH)
                .param("role", "EDITOR").param("password", "a long enough secret")).andExpect(status().is4xxClientError())
                .andReturn().getResponse().getContentAsString();
        assertEscaped("/admin/accounts (refused)", refused);
        assertThat(Jsoup.parse(refused).selectFirst("#username").val()).isEqualTo(BOTH);
        assertEscaped("/admin/accounts", mvc.perform(get("/admin/accounts").with(ADMIN)).andReturn().getResponse()
                .getContentAsString());
    }

    @AfterEach
    void deleteWhatTheTestWrote() {
        Long company = jdbc.queryForList("select id from company where slug = 'escape-co'", Long.class).stream()
                .findFirst().orElse(-1L);
        Long product = jdbc.queryForList("select id from product where slug = 'escape-app'", Long.class).stream()
                .findFirst().orElse(-1L);
        List<Long> revisions = jdbc.queryForList("""
                select rev from company_aud where id = ? union select rev from product_aud where id = ?
                union select rev from fact_aud where product_id = ? or company_id = ?""", Long.class,
                company, product, product, company);
        jdbc.update("delete from fact_aud where product_id = ? or company_id = ?", product, company);
        jdbc.update("delete from product_aud where id = ?", product);
        jdbc.update("delete from company_aud where id = ?", company);
        revisions.forEach(revision -> jdbc.update("delete from source_aud where rev = ?", revision));
        revisions.forEach(revision -> jdbc.update("delete from revinfo where id = ?", revision));
        jdbc.update("update fact set superseded_by = null where product_id = ? or company_id = ?", product, company);
        jdbc.update("delete from fact where product_id = ? or company_id = ?", product, company);
        jdbc.queryForList("select id from source where title = ?", Long.class, BOTH).forEach(id -> jdbc.update(
                "delete from form_submission where result_path = ?", "/sources/" + id));
        jdbc.update("delete from source where title = ?", BOTH);
        jdbc.update("delete from product where id = ?", product);
        jdbc.update("delete from company where id = ?", company);
    }

    /** No element or attribute from a payload, and the payload's characters escaped in the HTML. */
    static void assertEscaped(String page, String html) {
        assertThat(html).as(page).doesNotContain(SCRIPT).doesNotContain(BOLD).doesNotContain(QUOTE);
        Document document = Jsoup.parse(html);
        assertThat(document.select("script")).as(page).noneMatch(script -> script.data().contains("alert(1)"));
        assertThat(document.select("b")).as(page).noneMatch(bold -> bold.text().equals("bold"));
        assertThat(document.select("[onmouseover]")).as(page).isEmpty();
    }

    private void send(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(EDITOR).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private static MockHttpServletRequestBuilder fact(String url, String metric, String value) {
        return post(url).param("metric", metric).param("value", value).param("qualifier", "ABOUT")
                .param("asOf", "2026-09-30").param("provenance", "THIRD_PARTY").param("sourceTitle", BOTH).param("sourceLanguage", "EN").param("sourceKind", "PRESS")
                .param("sourceUrl", "https://example.com/report?a=1&b='2'").param("sourceDate", "2026-10-15")
                .param("claim", BOTH);
    }

    private long factId(String metric) {
        return jdbc.queryForObject("""
                select f.id from fact f join product p on p.id = f.product_id
                where p.slug = 'escape-app' and f.metric = ?""", Long.class, metric);
    }

    private String version(String table, String slug) {
        return String.valueOf(jdbc.queryForObject("select version from " + table + " where slug = ?", Long.class, slug));
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
