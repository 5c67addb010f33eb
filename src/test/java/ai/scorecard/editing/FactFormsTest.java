package ai.scorecard.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.source.Bibliography;
import ai.scorecard.source.Language;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import ai.scorecard.source.SourceKind;
import ai.scorecard.catalog.Catalog;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
@Transactional
@WithMockUser(username = "erin", roles = "EDITOR")
class FactFormsTest {

    static final Map<String, String> DAU = ordered("metric", "DAU", "value", "150000000", "qualifier", "ABOUT",
            "asOf", "2026-09-30", "provenance", "THIRD_PARTY", "sourceTitle", "QuestMobile report",
            "sourceLanguage", "EN", "sourceKind", "PRESS", "sourceUrl", "https://example.com/questmobile", "sourceDate", "2026-10-15",
            "claim", "Doubao had about 150 million daily active users.");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Catalog catalog;
    @Autowired
    FactLedger ledger;

    @Autowired
    Bibliography bibliography;

    @Autowired
    SourceFixtures sources;

    @Autowired
    PlatformTransactionManager transactions;

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
        expectRefused(with(with(DAU, "metric", "ANNUAL_REVENUE"), "currency", "yuan"), "currency",
                "Use a three-letter currency code, such as CNY or USD.");
        expectRefused(with(with(DAU, "asOf", "2099-01-01"), "sourceDate", ""), "asOf", "This date is in the future.");
        expectRefused(with(DAU, "asOf", "2026-11-01"), "asOf", "The as-of date cannot be after the source's publication date.");
        expectRefused(with(DAU, "sourceUrl", "javascript:alert(1)"), "sourceUrl",
                "Enter a web address starting with http:// or https://.");
        expectRefused(with(DAU, "sourceUrl", "ftp://example.com/file"), "sourceUrl",
                "Enter a web address starting with http:// or https://.");
        expectRefused(with(DAU, "claim", " "), "claim", "Give it in English or in Chinese, or both.");
        expectRefused(with(DAU, "provenance", "RUMOUR"), "provenance", "This value is not one of the choices.");
        assertThat(count()).isEqualTo(before);
    }

    /** Each field a metric does not take is refused next to it, with or without the page's script. */
    @Test
    void aValueThatDoesNotFitItsMetricIsRefusedNextToTheField() throws Exception {
        int before = count();
        expectRefused(with(DAU, "unit", "users"), "unit", "This metric is always counted in users: leave the unit empty.");
        expectRefused("/products/doubao/facts?lang=zh-CN", with(DAU, "unit", "users"), "unit", "该指标的单位固定为“用户”，请留空单位。");
        expectRefused(with(DAU, "value", "1.5"), "value", "Enter a whole number.");
        expectRefused(with(DAU, "currency", "CNY"), "currency", "Only an amount of money takes a currency: leave it empty.");
        expectRefused(with(with(DAU, "metric", "ANNUAL_REVENUE"), "unit", "billion"), "unit",
                "This metric takes no unit: leave it empty (only a rank names its scope here).");
        expectRefused(with(with(DAU, "metric", "ANNUAL_REVENUE"), "currency", "ABC"), "currency",
                "This is not a currency code: use one such as CNY, USD, HKD or EUR.");
        expectRefused(with(with(with(DAU, "metric", "USABILITY"), "level", "GOOD"), "value", "3"), "value",
                "This metric is qualitative: choose a level and leave the number empty.");
        expectRefused(with(with(DAU, "metric", "NICHE_RANK"), "value", "2.5"), "value", "Enter a whole number.");
        expectRefused(with(with(DAU, "metric", "NICHE_RANK"), "unit", "rank in niche"), "unit",
                "Choose where the rank was counted from the list.");
        assertThat(count()).isEqualTo(before);
        // A currency the form does not offer first is shown as it was sent, so the editor sees what was refused.
        MvcResult refused = mvc.perform(fact("/products/doubao/facts", with(with(DAU, "metric", "ANNUAL_REVENUE"),
                "currency", "<b>ABC</b>"))).andExpect(status().isUnprocessableContent()).andReturn();
        assertThat(Jsoup.parse(refused.getResponse().getContentAsString()).selectFirst("#currency option[selected]").val())
                .isEqualTo("<b>ABC</b>");
    }

    /** What the page's script needs to fit the form to the metric, written by the server from Metric. */
    @Test
    void theFormDescribesEachMetricForThePagesScript() throws Exception {
        Document form = page("/products/doubao/facts/new");
        Element dau = form.selectFirst("#metric option[value=DAU]");
        assertThat(dau.attr("data-kind")).isEqualTo("COUNT");
        assertThat(dau.attr("data-fields")).isEqualTo("value");
        assertThat(dau.attr("data-unit")).isEqualTo("users");
        assertThat(dau.attr("data-value-label")).isEqualTo("Number of users");
        Element revenue = form.selectFirst("#metric option[value=ANNUAL_REVENUE]");
        assertThat(revenue.attr("data-fields")).isEqualTo("value currency");
        assertThat(revenue.hasAttr("data-unit")).isFalse();
        assertThat(revenue.attr("data-value-label")).isEqualTo("Amount");
        assertThat(form.selectFirst("#metric option[value=TOKEN_VOLUME_RANK]").attr("data-fields")).isEqualTo("value unit");
        Element usability = form.selectFirst("#metric option[value=USABILITY]");
        assertThat(usability.attr("data-fields")).isEqualTo("level");
        assertThat(usability.hasAttr("data-value-label")).isFalse();
        assertThat(form.select("#level optgroup[data-metric=USABILITY] option").eachAttr("value"))
                .containsExactly("GOOD", "POOR");
        assertThat(form.select("form.edit-form [data-fact-field]").eachAttr("data-fact-field"))
                .containsExactly("value", "level", "unit", "currency");
        assertThat(form.select("#currency option").eachAttr("value")).containsExactly("", "CNY", "USD", "HKD", "EUR");
        // A rank's scope is chosen from a list, named in the reader's language.
        assertThat(form.select("[data-fact-field=unit] select#unit option").eachAttr("value"))
                .containsExactly("", "CHINA", "WORLDWIDE", "NICHE", "BENCHMARK");
        assertThat(page("/products/doubao/facts/new?lang=zh-CN").select("#unit option").eachText())
                .containsExactly("未说明", "国内", "全球", "细分赛道内", "评测榜单");
        assertThat(form.select("script[src]").eachAttr("src")).anyMatch(src -> src.matches("/js/fact-form-[0-9a-f]{32}\\.js"));
        assertThat(form.select("form.edit-form > button[type=submit]").eachText())
                .containsExactly("Save", "Save and add another");
        assertThat(form.selectFirst("form.edit-form > button[name=next]").val()).isEqualTo("another");
        // Finding sources without JavaScript is a button of its own, only where scripts do not run.
        assertThat(form.select("noscript button[name=next]").eachAttr("value")).containsExactly("find");
        assertThat(page("/products/doubao/facts/new?lang=zh-CN").selectFirst("#metric option[value=DAILY_TOKENS]")
                .attr("data-value-label")).isEqualTo("数量（每日 Token）");

        // A newer value keeps its metric: shown fixed, with only its own levels; there is no "another" to add.
        Fact standing = current("trae", Metric.NICHE_STANDING);
        Document supersede = page("/products/trae/facts/" + standing.getId() + "/supersede");
        assertThat(supersede.selectFirst("#metric").hasAttr("disabled")).isTrue();
        assertThat(supersede.select("#metric option").eachAttr("data-fields")).containsExactly("level");
        assertThat(supersede.select("#level optgroup").eachAttr("data-metric")).containsExactly("NICHE_STANDING");
        assertThat(supersede.select("button[name=next][value=another]")).isEmpty();
    }

    /**
     * "Save and add another": the fact is recorded and the editor lands on a fresh form for the same subject,
     * the source, provenance and as-of date kept (through the session, as a browser would carry it), the
     * statement empty, with a new form key. The same submission sent again records nothing more.
     */
    @Test
    void saveAndAddAnotherKeepsTheSourceForTheNextFact() throws Exception {
        String key = page("/products/doubao/facts/new").selectFirst("input[name=formKey]").val();
        Map<String, String> undated = with(with(with(with(with(DAU, "asOfIsReadDate", "true"), "sourceDate", ""),
                "sourceDateUnknown", "true"), "asOf", "2026-11-20"), "formKey", key);
        int before = count();
        MvcResult saved = mvc.perform(fact("/products/doubao/facts", with(undated, "next", "another")))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/products/doubao/facts/new");
        assertThat(count()).isEqualTo(before + 1);
        assertThat(current("doubao", Metric.DAU).getClaim()).isEqualTo(DAU.get("claim"));

        Document fresh = Jsoup.parse(mvc.perform(get("/products/doubao/facts/new").cookie(sessionOf(saved)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(fresh.selectFirst(".saved").text()).isEqualTo("The fact was recorded; the scores already use it.");
        // The new source is recorded now: the next fact cites it, picked, rather than describing it again.
        Source cited = current("doubao", Metric.DAU).getSource();
        assertThat(fresh.selectFirst("#sourceId option[selected]").val()).isEqualTo(cited.getId().toString());
        assertThat(fresh.selectFirst("#sourceId option[selected]").text()).isEqualTo("QuestMobile report");
        assertThat(fresh.selectFirst("#sourceTitle").val()).isEmpty();
        assertThat(fresh.selectFirst("#provenance option[selected]").val()).isEqualTo("THIRD_PARTY");
        assertThat(fresh.selectFirst("#asOf").val()).isEqualTo("2026-11-20");
        assertThat(fresh.selectFirst("#asOfIsReadDate").hasAttr("checked")).isTrue();
        assertThat(fresh.select("#metric option[selected]")).isEmpty();
        assertThat(fresh.selectFirst("#metric").hasAttr("autofocus")).isTrue();
        assertThat(fresh.selectFirst("#value").val()).isEmpty();
        assertThat(fresh.selectFirst("#claim").val()).isEmpty();
        String nextKey = fresh.selectFirst("input[name=formKey]").val();
        assertThat(nextKey).isNotBlank().isNotEqualTo(key);
        // The flash is spent: the form asked for again is a plain new one.
        Document again = Jsoup.parse(mvc.perform(get("/products/doubao/facts/new").cookie(sessionOf(saved)))
                .andReturn().getResponse().getContentAsString());
        assertThat(again.selectFirst("#sourceTitle").val()).isEmpty();

        // The same submission again (a double press): nothing more is stored, and the editor still goes on.
        MvcResult twice = mvc.perform(fact("/products/doubao/facts", with(undated, "next", "another")))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(twice.getResponse().getRedirectedUrl()).isEqualTo("/products/doubao/facts/new");
        assertThat(twice.getFlashMap().get("saved")).isEqualTo("saved.alreadySaved");
        assertThat(count()).isEqualTo(before + 1);

        // The next fact from the same source, typed into the fresh form, is recorded beside the first.
        Map<String, String> next = ordered("formKey", nextKey, "metric", "MAU", "value", "400000000",
                "qualifier", "EXACT", "asOf", "2026-11-20", "asOfIsReadDate", "true", "provenance", "THIRD_PARTY",
                "sourceId", cited.getId().toString(), "claim", "Doubao had about 400 million monthly active users.");
        mvc.perform(fact("/products/doubao/facts", next)).andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before + 2);
        assertThat(current("doubao", Metric.MAU).getClaim()).isEqualTo(next.get("claim"));
        assertThat(current("doubao", Metric.MAU).getSource()).isEqualTo(cited);
        // A refused "another" stays on its form, as a refused save does.
        mvc.perform(fact("/products/doubao/facts", with(with(DAU, "value", "-1"), "next", "another")))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aNewerValueSupersedesAndAnOlderOneIsRefused() throws Exception {
        Fact revenue = current("jianying-capcut", Metric.ANNUAL_REVENUE);
        Document form = page("/products/jianying-capcut/facts/" + revenue.getId() + "/supersede");
        assertThat(form.selectFirst("#superseding").text()).contains("Annual revenue", "≥ 10 billion",
                "Nov 29, 2026 (date read; the source is undated)");
        assertThat(form.selectFirst("#currency").val()).isEmpty();

        Map<String, String> newer = ordered("value", "15000000000", "qualifier", "ABOUT", "currency", "CNY",
                "asOf", "2026-11-30", "provenance", "ANALYST_ESTIMATE", "sourceTitle", "Our estimate",
                "sourceLanguage", "EN", "sourceKind", "PRESS", "sourceDateUnknown", "true", "claim", "About 15 billion yuan.");
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
                "The source cited has a publication date: leave this unticked.");
        assertThat(count()).isEqualTo(before);

        Map<String, String> undated = with(with(with(with(DAU, "asOfIsReadDate", "true"), "sourceDate", ""), "sourceDateUnknown", "true"),
                "asOf", "2026-11-20");
        mvc.perform(fact("/products/doubao/facts", undated)).andExpect(status().is3xxRedirection());
        Fact dau = current("doubao", Metric.DAU);
        assertThat(dau.isAsOfIsReadDate()).isTrue();
        assertThat(dau.getSource().isDated()).isFalse();
        Document page = page("/products/doubao");
        assertThat(page.selectFirst("#fact-" + dau.getId() + " .fact-as-of").text())
                .isEqualTo("Nov 20, 2026 (date read; the source is undated)");
        assertThat(page.selectFirst("#fact-" + dau.getId() + " .fact-source").text()).contains("(date unknown)");

        // A dated source keeps its as-of date unflagged.
        mvc.perform(fact("/products/trae/facts", DAU)).andExpect(status().is3xxRedirection());
        Fact dated = current("trae", Metric.DAU);
        assertThat(dated.isAsOfIsReadDate()).isFalse();
        assertThat(page("/products/trae").selectFirst("#fact-" + dated.getId() + " .fact-as-of").text())
                .isEqualTo("Sep 30, 2026");
    }

    @Test
    void companiesTakeFactsToo() throws Exception {
        Map<String, String> reach = ordered("metric", "AI_REACH", "level", "PATCHWORK", "qualifier", "EXACT",
                "asOf", "2026-11-01", "provenance", "COMMENTARY", "sourceTitle", "A column",
                "sourceLanguage", "EN", "sourceKind", "PRESS", "sourceDateUnknown", "true", "claim", "AI sits on top of Tencent's products.");
        mvc.perform(fact("/companies/tencent/facts", reach)).andExpect(status().is3xxRedirection());
        assertThat(page("/companies/tencent").select("#current-facts .fact-value").text()).contains("Patchwork");
    }

    /**
     * Another editor's fact of the same metric goes in while this editor's is being recorded (its
     * transaction not yet committed, so the ledger cannot see it). On H2 the database's one current fact
     * per metric refuses this editor's: they are told so on the form, with the input kept, and nothing
     * of theirs is stored. On PostgreSQL the other insert holds a key-share lock on the product's row, so
     * the ledger's lock waits for it and this editor's fact supersedes it: one after the other, also right.
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void theLoserOfTwoEditorsRecordingOneMetricAtOnceIsToldAndKeepsTheInput() throws Exception {
        long doubao = catalog.product("doubao").orElseThrow().getId();
        String theirs = "FactFormsTest: the other editor's DAU";
        CountDownLatch inserted = new CountDownLatch(1);
        ExecutorService otherEditor = Executors.newSingleThreadExecutor();
        try {
            Future<?> other = otherEditor.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                jdbc.update("insert into fact (product_id, metric, value_numeric, qualifier, as_of, provenance, "
                        + "source_id, claim, recorded_at) values (?, 'DAU', 1, 'EXACT', ?, 'THIRD_PARTY', "
                        + "(select min(id) from source), ?, current_timestamp)", doubao, LocalDate.of(2026, 9, 30), theirs);
                inserted.countDown();
                try {
                    Thread.sleep(1500); // this editor's save starts meanwhile
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();

            MvcResult result = mvc.perform(fact("/products/doubao/facts", DAU)).andReturn();
            other.get(10, TimeUnit.SECONDS);
            if (result.getResponse().getStatus() == 302) {
                assertThat(jdbc.queryForObject("select count(*) from fact where claim = ? and superseded_by = "
                        + "(select id from fact where claim = ? and superseded_at is null)", Integer.class, theirs,
                        DAU.get("claim"))).as("served one after the other").isEqualTo(1);
                return;
            }
            assertThat(result.getResponse().getStatus()).isEqualTo(409);
            Document form = Jsoup.parse(result.getResponse().getContentAsString());
            assertThat(form.selectFirst("#error-summary").text())
                    .contains("Someone recorded this metric at the same moment, so nothing was saved.");
            assertThat(form.selectFirst("#claim").val()).isEqualTo(DAU.get("claim"));
            assertThat(form.selectFirst("#sourceTitle").val()).isEqualTo(DAU.get("sourceTitle"));
            assertThat(jdbc.queryForObject("select count(*) from fact where claim = ?", Integer.class, DAU.get("claim")))
                    .isZero();
        } finally {
            otherEditor.shutdownNow();
            List<Long> revisions = jdbc.queryForList("select rev from fact_aud where id in (select id from fact "
                    + "where claim in (?, ?))", Long.class, theirs, DAU.get("claim"));
            jdbc.update("delete from fact_aud where id in (select id from fact where claim in (?, ?))", theirs,
                    DAU.get("claim"));
            revisions.forEach(revision -> jdbc.update("delete from source_aud where rev = ?", revision));
            revisions.forEach(revision -> jdbc.update("delete from revinfo where id = ?", revision));
            jdbc.update("update fact set superseded_by = null where claim in (?, ?)", theirs, DAU.get("claim"));
            jdbc.update("delete from fact where claim in (?, ?)", theirs, DAU.get("claim"));
            jdbc.update("delete from source where title = ? and id not in (select source_id from fact)",
                    DAU.get("sourceTitle"));
            jdbc.update("update data_version set version = version + 1");
        }
    }

    /** A retry of a write whose answer was lost carries the form's key again: it records nothing more. */
    @Test
    void theSameFormSubmittedTwiceRecordsOneFact() throws Exception {
        Document form = page("/products/doubao/facts/new");
        String key = form.selectFirst("form.edit-form input[name=formKey]").val();
        assertThat(key).isNotBlank();
        assertThat(page("/products/doubao/facts/new").selectFirst("input[name=formKey]").val()).isNotEqualTo(key);
        int before = count();

        Map<String, String> keyed = with(DAU, "formKey", key);
        String first = mvc.perform(fact("/products/doubao/facts", keyed)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        MvcResult again = mvc.perform(fact("/products/doubao/facts", keyed)).andExpect(status().is3xxRedirection())
                .andReturn();

        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(first);
        assertThat(again.getFlashMap().get("saved")).isEqualTo("saved.alreadySaved");
        assertThat(count()).isEqualTo(before + 1);
        // Without a key a submission is saved as it always was; so is one with a new key.
        mvc.perform(fact("/products/doubao/facts", with(DAU, "claim", "Without a key."))).andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void aRetractionOrANewerValueSubmittedTwiceIsSavedOnce() throws Exception {
        Fact standing = current("trae", Metric.NICHE_STANDING);
        String retract = "/products/trae/facts/" + standing.getId() + "/retract";
        String key = page(retract).selectFirst("input[name=formKey]").val();
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post(retract).with(csrf()).param("reason", "Misread.").param("formKey", key))
                    .andExpect(status().is3xxRedirection());
        }

        Fact revenue = current("jianying-capcut", Metric.ANNUAL_REVENUE);
        String supersede = "/products/jianying-capcut/facts/" + revenue.getId() + "/supersede";
        Map<String, String> newer = ordered("value", "15000000000", "qualifier", "ABOUT", "currency", "CNY",
                "asOf", "2026-11-30", "provenance", "ANALYST_ESTIMATE", "sourceTitle", "Our estimate",
                "sourceLanguage", "EN", "sourceKind", "COMMENTARY", "sourceDateUnknown", "true",
                "claim", "About 15 billion yuan.", "formKey", page(supersede).selectFirst("input[name=formKey]").val());
        int before = count();
        String first = mvc.perform(fact(supersede, newer)).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        MvcResult again = mvc.perform(fact(supersede, newer)).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(first);
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void aFactCitesAPickedSourceOrANewOneStoredWithItAndNeitherGoesInWithoutTheOther() throws Exception {
        long sources = bibliography.count();
        int facts = count();
        expectRefused(with(DAU, "sourceUrl", "javascript:alert(1)"), "sourceUrl",
                "Enter a web address starting with http:// or https://.");
        expectRefused(with(DAU, "sourceKind", ""), "sourceKind", "Choose one.");
        expectRefused(with(DAU, "sourceDate", ""), "sourceDate",
                "Enter the date the source was published, or tick \"The source gives no date\".");
        expectRefused(with(DAU, "sourceId", "999999"), "sourceId",
                "This source is not in the bibliography (any more): pick another, or describe a new one.");
        expectRefused(with(DAU, "claim", ""), "claim", "Give it in English or in Chinese, or both.");
        assertThat(bibliography.count()).as("no source without its fact").isEqualTo(sources);
        assertThat(count()).isEqualTo(facts);

        mvc.perform(fact("/products/doubao/facts", DAU)).andExpect(status().is3xxRedirection());
        Source added = current("doubao", Metric.DAU).getSource();
        assertThat(added).extracting(Source::getTitle, Source::getUrl, Source::getPublishedOn, Source::getLanguage,
                Source::getKind).containsExactly("QuestMobile report", "https://example.com/questmobile",
                LocalDate.of(2026, 10, 15), Language.EN, SourceKind.PRESS);
        assertThat(page("/products/doubao/facts/new").select("#sourceId option[value=" + added.getId() + "]").text())
                .isEqualTo("QuestMobile report (Oct 15, 2026)");

        Map<String, String> picked = ordered("metric", "MAU", "value", "500000000", "qualifier", "ABOUT",
                "asOf", "2026-09-30", "provenance", "THIRD_PARTY", "sourceId", added.getId().toString(),
                "claim", "Doubao had about 500 million monthly active users.");
        mvc.perform(fact("/products/doubao/facts", picked)).andExpect(status().is3xxRedirection());
        assertThat(current("doubao", Metric.MAU).getSource().getId()).isEqualTo(added.getId());
        mvc.perform(fact("/products/doubao/facts", with(with(DAU, "metric", "PAID_USERS"), "value", "20000000")))
                .andExpect(status().is3xxRedirection());
        assertThat(current("doubao", Metric.PAID_USERS).getSource().getId()).as("the same publication typed again")
                .isEqualTo(added.getId());
        assertThat(bibliography.count()).isEqualTo(sources + 1);
    }

    @Test
    void typingFindsRecordedSourcesAndFindingSavesNothing() throws Exception {
        Source report = sources.cite("Tencent annual report 2025", "https://example.com/tencent-2025.pdf",
                LocalDate.of(2026, 3, 18));
        sources.cite("A column on <b>Tencent</b>", null, null);

        Document options = Jsoup.parse("<select>" + mvc.perform(get("/products/doubao/facts/sources")
                .param("q", "ANNUAL REPORT 2025")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString() + "</select>");
        assertThat(options.select("option").eachAttr("value")).containsExactly(report.getId().toString());
        assertThat(options.select("option").text()).isEqualTo("Tencent annual report 2025 (Mar 18, 2026)");
        assertThat(mvc.perform(get("/products/doubao/facts/sources").param("q", "<b>")).andReturn().getResponse()
                .getContentAsString()).contains("A column on &lt;b&gt;Tencent&lt;/b&gt;").doesNotContain("<b>");

        // Without JavaScript: the Find button shows the form again with what it found, the rest kept.
        int facts = count();
        Document found = Jsoup.parse(mvc.perform(fact("/products/doubao/facts",
                        with(with(DAU, "sourceQuery", "tencent annual"), "next", "find")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(found.select("#sourceId option").eachAttr("value")).containsExactly("", report.getId().toString());
        assertThat(found.selectFirst("#sourceQuery-status").text()).isEqualTo("1 recorded sources match; pick one below.");
        assertThat(found.selectFirst("#claim").val()).isEqualTo(DAU.get("claim"));
        assertThat(found.select(".invalid-feedback")).isEmpty();
        assertThat(count()).isEqualTo(facts);
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

    /** The session cookie a response set, as a browser would send it back. */
    private static Cookie sessionOf(MvcResult result) {
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        return session;
    }

    private Fact current(String product, Metric metric) {
        return ledger.ledgerOf(catalog.product(product).orElseThrow()).stream()
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

    /** The fields in the order given: a fact with its new source has more than {@code Map.of} takes. */
    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }
}
