package ai.scorecard.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.product.Products;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(username = "erin", roles = "EDITOR")
class FactFormsTest {

    static final Map<String, String> DAU = Map.of("metric", "DAU", "value", "150000000", "qualifier", "ABOUT",
            "asOf", "2026-09-30", "provenance", "THIRD_PARTY", "sourceTitle", "QuestMobile report",
            "sourceUrl", "https://example.com/questmobile", "sourceDate", "2026-10-15",
            "claim", "Doubao had about 150 million daily active users.");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Products products;

    @Autowired
    FactLedger ledger;

    @Test
    void aFactIsRecordedWithItsSourceAndTheScoreUsesItAtOnce() throws Exception {
        assertThat(page("/products/doubao").selectFirst("tr.indicator[data-indicator=dau] .points").text())
                .isEqualTo("unknown");
        MvcResult result = mvc.perform(fact("/products/doubao/facts", DAU)).andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).startsWith("/products/doubao#fact-");
        Document page = page("/products/doubao");
        assertThat(page.selectFirst("tr.indicator[data-indicator=dau] .points").text()).isNotEqualTo("unknown");
        assertThat(page.select("#current-facts .fact-claim").text()).contains("150 million daily active users");
        assertThat(page.select("#current-facts .fact-source a").eachAttr("href")).contains("https://example.com/questmobile");
    }

    @Test
    void everyFactRuleIsAnsweredNextToItsFieldAndNothingIsStored() throws Exception {
        int before = count();
        expectRefused(with(DAU, "value", "-5"), "value", "A value cannot be negative.");
        expectRefused(with(with(DAU, "metric", "NICHE_RANK"), "value", "0"), "value", "A rank starts at 1.");
        expectRefused(with(with(DAU, "metric", "RETENTION_30D"), "value", "101"), "value",
                "A percentage lies between 0 and 100.");
        expectRefused(with(DAU, "value", "many"), "value", "Enter a number, such as 1250000 or 12.5.");
        expectRefused(with(DAU, "level", "STRONG"), "level", "This metric is numeric: enter a number and choose no level.");
        expectRefused(with(with(with(DAU, "metric", "USABILITY"), "value", ""), "level", "SUBSIDY"), "level",
                "This level does not belong to the chosen metric.");
        expectRefused(with(with(DAU, "metric", "USABILITY"), "value", ""), "level", "This metric is qualitative: choose a level.");
        expectRefused(with(DAU, "metric", "HAPPINESS"), "metric", "This value is not one of the choices.");
        expectRefused(with(DAU, "currency", "yuan"), "currency", "Use a three-letter currency code, such as CNY or USD.");
        expectRefused(with(with(DAU, "asOf", "2099-01-01"), "sourceDate", ""), "asOf", "This date is in the future.");
        expectRefused(with(DAU, "asOf", "2026-11-01"), "asOf", "The as-of date cannot be after the source's publication date.");
        expectRefused(with(DAU, "sourceUrl", "javascript:alert(1)"), "sourceUrl",
                "Enter a web address starting with http:// or https://.");
        expectRefused(with(DAU, "sourceUrl", "ftp://example.com/file"), "sourceUrl",
                "Enter a web address starting with http:// or https://.");
        expectRefused(with(DAU, "claim", " "), "claim", "must not be blank");
        expectRefused(with(DAU, "provenance", "RUMOUR"), "provenance", "This value is not one of the choices.");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aNewerValueSupersedesAndAnOlderOneIsRefused() throws Exception {
        Fact revenue = current("jianying-capcut", Metric.ANNUAL_REVENUE);
        Document form = page("/products/jianying-capcut/facts/" + revenue.getId() + "/supersede");
        assertThat(form.selectFirst("#superseding").text()).contains("Annual revenue", "≥ 10 billion",
                "Nov 29, 2026 (date read; the source is undated)");
        assertThat(form.selectFirst("#currency").val()).isEmpty();

        Map<String, String> newer = Map.of("value", "15000000000", "qualifier", "ABOUT", "currency", "CNY",
                "asOf", "2026-11-30", "provenance", "ANALYST_ESTIMATE", "sourceTitle", "Our estimate",
                "claim", "About 15 billion yuan.");
        String url = "/products/jianying-capcut/facts/" + revenue.getId() + "/supersede";
        expectRefused(url, with(newer, "asOf", "2025-01-01"), "asOf",
                "A newer value must be as of the superseded fact's date or later.");
        mvc.perform(fact(url, newer)).andExpect(status().is3xxRedirection());

        Document page = page("/products/jianying-capcut");
        assertThat(page.select("#current-facts .fact-value").text()).contains("≈ 15 billion CNY");
        assertThat(page.select("#superseded-facts .fact-value").text()).contains("≥ 10 billion");
    }

    @Test
    void aRetractedFactLeavesTheScoreAndStaysInTheHistoryWithItsReason() throws Exception {
        Fact standing = current("trae", Metric.NICHE_STANDING);
        String url = "/products/trae/facts/" + standing.getId() + "/retract";
        MvcResult refused = mvc.perform(post(url).with(csrf()).param("reason", ""))
                .andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).selectFirst("#reason-error")).isNotNull();

        mvc.perform(post(url).with(csrf()).param("reason", "The ranking was a misreading of the source."))
                .andExpect(status().is3xxRedirection());
        Document page = page("/products/trae");
        assertThat(page.selectFirst("tr.indicator[data-indicator=niche-standing] .points").text()).isEqualTo("unknown");
        assertThat(page.selectFirst("#retracted-facts .fact-retraction").text())
                .contains("The ranking was a misreading of the source.");
        // A retracted fact cannot be retracted or superseded again.
        mvc.perform(get(url)).andExpect(status().isNotFound());
    }

    @Test
    void anUndatedSourceIsRecordedAsOfTheDayTheEditorReadIt() throws Exception {
        Document form = page("/products/doubao/facts/new");
        assertThat(form.selectFirst("label[for=asOfIsReadDate]").text())
                .isEqualTo("The source is undated: this is the date I read it");
        int before = count();
        expectRefused(with(DAU, "asOfIsReadDate", "true"), "asOfIsReadDate",
                "The source has a publication date: leave this unticked, or clear the source's date if it is not the source's own.");
        assertThat(count()).isEqualTo(before);

        Map<String, String> undated = with(with(with(DAU, "asOfIsReadDate", "true"), "sourceDate", ""), "asOf", "2026-11-20");
        mvc.perform(fact("/products/doubao/facts", undated)).andExpect(status().is3xxRedirection());
        Fact dau = current("doubao", Metric.DAU);
        assertThat(dau.isAsOfIsReadDate()).isTrue();
        assertThat(dau.getSourceDate()).isNull();
        Document page = page("/products/doubao");
        assertThat(page.selectFirst("#fact-" + dau.getId() + " .fact-as-of").text())
                .isEqualTo("Nov 20, 2026 (date read; the source is undated)");
        assertThat(page.selectFirst("#fact-" + dau.getId() + " .fact-source").text()).endsWith("(date unknown)");

        // A dated source keeps its as-of date unflagged.
        mvc.perform(fact("/products/trae/facts", DAU)).andExpect(status().is3xxRedirection());
        Fact dated = current("trae", Metric.DAU);
        assertThat(dated.isAsOfIsReadDate()).isFalse();
        assertThat(page("/products/trae").selectFirst("#fact-" + dated.getId() + " .fact-as-of").text())
                .isEqualTo("Sep 30, 2026");
    }

    @Test
    void companiesTakeFactsToo() throws Exception {
        Map<String, String> reach = Map.of("metric", "AI_REACH", "level", "PATCHWORK", "qualifier", "EXACT",
                "asOf", "2026-11-01", "provenance", "COMMENTARY", "sourceTitle", "A column",
                "claim", "AI sits on top of Tencent's products.");
        mvc.perform(fact("/companies/tencent/facts", reach)).andExpect(status().is3xxRedirection());
        assertThat(page("/companies/tencent").select("#current-facts .fact-value").text()).contains("Patchwork");
    }

    private void expectRefused(Map<String, String> fields, String field, String message) throws Exception {
        expectRefused("/products/doubao/facts", fields, field, message);
    }

    private void expectRefused(String url, Map<String, String> fields, String field, String message) throws Exception {
        MvcResult result = mvc.perform(fact(url, fields)).andExpect(status().isUnprocessableContent()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.selectFirst("#" + field + "-error")).as(field + " " + fields).isNotNull();
        assertThat(page.selectFirst("#" + field + "-error").text()).isEqualTo(message);
        assertThat(page.selectFirst("#sourceTitle").val()).isEqualTo(fields.get("sourceTitle"));
    }

    private Fact current(String product, Metric metric) {
        return ledger.ledgerOf(products.findBySlug(product).orElseThrow()).stream()
                .filter(f -> f.getMetric() == metric && f.isCurrent()).findFirst().orElseThrow();
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from fact", Integer.class);
    }

    private static MockHttpServletRequestBuilder fact(String url, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private static Map<String, String> with(Map<String, String> fields, String key, String value) {
        Map<String, String> copy = new HashMap<>(fields);
        copy.put(key, value);
        return copy;
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
