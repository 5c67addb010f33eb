package ai.scorecard.history;

import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.Forms;
import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.CompanyDraft;
import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Outcome;
import ai.scorecard.catalog.ProductDraft;
import ai.scorecard.catalog.Weight;
import ai.scorecard.catalog.Company;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.Product;
import ai.scorecard.catalog.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Envers writes history when a transaction commits, so these tests commit real transactions (no
 * test rollback) and delete what they wrote, audit rows included, afterwards. They run on H2 here and
 * on PostgreSQL in CI.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ActingUser.Config.class)
class HistoryPagesTest {

    @Autowired
    SourceFixtures sources;

    static final String COMPANY = "history-test-co";
    static final String PRODUCT = "history-test-app";
    static final String HOSTILE = "<script>alert(1)</script>";

    @Autowired
    MockMvc mvc;

    @Autowired
    ActingUser user;

    @Autowired
    Catalog catalog;
    @Autowired
    FactLedger ledger;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    Long companyId;
    Long productId;

    /** Alice creates a company and a product; Bob renames the product and moves its stage; Carol records a fact and retracts it. */
    @BeforeEach
    void aCreateAnEditAndARetraction() {
        user.actAs("alice");
        inTransaction(() -> {
            Company company = saved(catalog.create(new CompanyDraft(COMPANY, "History Test Co", "历史测试公司",
                    "Hangzhou", "Made by a test")));
            Product product = saved(catalog.create(new ProductDraft(PRODUCT, COMPANY, "Old name", null,
                    Category.ASSISTANT_APP, Stage.PILOT, null, null, MonetizationAtLaunch.UNKNOWN,
                    GrowthDriver.UNKNOWN, IntegrationDepth.UNKNOWN, Weight.MINOR)));
            companyId = company.getId();
            productId = product.getId();
        });

        user.actAs("bob");
        editProduct(draft -> new ProductDraft(draft.slug(), draft.company(), "New name", draft.nameZh(),
                draft.category(), Stage.LAUNCHED, draft.launchDate(), draft.summary(), draft.monetizationAtLaunch(),
                draft.growthDriver(), draft.integrationDepth(), draft.weight()));

        user.actAs("carol");
        Fact fact = ledger.record(product(), dau("150000000")).orElseThrow();
        ledger.retract(fact, "Misread the report").orElseThrow();
        user.signOut();
    }

    @AfterEach
    void deleteWhatTheTestWrote() {
        user.signOut();
        List<Long> revisions = jdbc.queryForList("""
                select rev from company_aud where id = ?
                union select rev from product_aud where id = ?
                union select rev from fact_aud where product_id = ? or company_id = ?""", Long.class,
                companyId, productId, productId, companyId);
        jdbc.update("delete from fact_aud where product_id = ? or company_id = ?", productId, companyId);
        jdbc.update("delete from product_aud where id = ?", productId);
        jdbc.update("delete from company_aud where id = ?", companyId);
        for (Long revision : revisions) {
            jdbc.update("delete from revinfo where id = ?", revision);
        }
        jdbc.update("update fact set superseded_by = null where product_id = ? or company_id = ?", productId, companyId);
        jdbc.update("delete from fact where product_id = ? or company_id = ?", productId, companyId);
        jdbc.update("delete from product where id = ?", productId);
        jdbc.update("delete from company where id = ?", companyId);
    }

    @Test
    void productHistoryShowsTheRetractionTheEditAndTheCreationNewestFirstWithTheirUsers() throws Exception {
        Document history = page("/products/" + PRODUCT + "/history");
        assertThat(history.selectFirst("h1").text()).isEqualTo("History of New name");

        List<Element> rows = history.select("tr.revision");
        assertThat(rows).extracting(row -> row.attr("data-subject") + " " + row.attr("data-kind") + " by "
                + row.selectFirst(".revision-who").text())
                .containsExactly("FACT RETRACTED by carol", "FACT CREATED by carol", "PRODUCT CHANGED by bob",
                        "PRODUCT CREATED by alice");
        assertThat(rows).extracting(row -> Long.parseLong(row.attr("data-revision")))
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));

        Element retraction = rows.get(0);
        assertThat(retraction.selectFirst(".revision-kind").text()).isEqualTo("Retracted");
        assertThat(retraction.selectFirst(".revision-fact").text()).isEqualTo("Daily active users");
        assertThat(retraction.selectFirst(".revision-reason").text()).isEqualTo("Reason: Misread the report");
        assertThat(retraction.selectFirst("time").attr("datetime")).isNotBlank();

        Element edit = rows.get(2);
        assertThat(edit.select(".change")).extracting(change -> change.attr("data-field"))
                .containsExactly("nameEn", "stage");
        assertThat(change(edit, "nameEn")).isEqualTo("English name: Old name → New name");
        assertThat(change(edit, "stage")).isEqualTo("Stage: Pilot → Launched");
        assertThat(edit.selectFirst("[data-field=stage] .change-old").text()).isEqualTo("Pilot");
        assertThat(edit.selectFirst("[data-field=stage] .change-new").text()).isEqualTo("Launched");

        Element creation = rows.get(3);
        assertThat(creation.selectFirst("[data-field=nameEn] .change-new").text()).isEqualTo("Old name");
        assertThat(creation.selectFirst("[data-field=company] .change-new").text()).isEqualTo("History Test Co");
        assertThat(creation.select(".change-old")).isEmpty();
    }

    @Test
    void companyHistoryShowsItsCreationAndItsFactsRetraction() throws Exception {
        user.actAs("carol");
        Fact fact = ledger.record(catalog.company(COMPANY).orElseThrow(), new FactDraft(Metric.AI_REACH, null,
                "PATCHWORK", null, null, Qualifier.EXACT, LocalDate.of(2026, 6, 30), Provenance.COMMENTARY,
                sources.cite("An article", "https://example.com/a", LocalDate.of(2026, 7, 1)), "Bolted on")).orElseThrow();
        ledger.retract(fact, "Wrong company").orElseThrow();
        user.actAs("dave");
        Company company = catalog.company(COMPANY).orElseThrow();
        saved(catalog.update(company, company.getVersion(), new CompanyDraft(COMPANY, company.getNameEn(),
                company.getNameZh(), "Beijing", company.getSummary())));

        Document history = page("/companies/" + COMPANY + "/history");
        assertThat(history.select("tr.revision")).extracting(row -> row.attr("data-subject") + " "
                + row.attr("data-kind") + " by " + row.selectFirst(".revision-who").text())
                .containsExactly("COMPANY CHANGED by dave", "FACT RETRACTED by carol", "FACT CREATED by carol",
                        "COMPANY CREATED by alice");
        Element move = history.selectFirst("tr.revision");
        assertThat(move.select(".change")).hasSize(1);
        assertThat(change(move, "headquarters")).isEqualTo("Headquarters: Hangzhou → Beijing");
        assertThat(history.select("tr.revision").get(1).selectFirst(".reason").text()).isEqualTo("Wrong company");
        assertThat(history.select("tr.revision").get(2).selectFirst(".revision-fact-value").text())
                .isEqualTo("Patchwork");
    }

    /** The Chinese fields beside the English ones are history's fields too, named in the reader's language. */
    @Test
    void aChangeOfAChineseTextIsNamedAsSuch() throws Exception {
        user.actAs("dave");
        Company company = catalog.company(COMPANY).orElseThrow();
        saved(catalog.update(company, company.getVersion(), new CompanyDraft(COMPANY, company.getNameEn(),
                company.getNameZh(), company.getHeadquarters(), company.getSummary(), "杭州", "测试用的公司。")));

        Element change = page("/companies/" + COMPANY + "/history").selectFirst("tr.revision");
        assertThat(change.select(".change")).extracting(row -> row.attr("data-field"))
                .containsExactly("headquartersZh", "summaryZh");
        assertThat(change.selectFirst("[data-field=summaryZh] .change-field").text()).isEqualTo("Summary (Chinese)");
        assertThat(change.selectFirst("[data-field=summaryZh] .change-new").text()).isEqualTo("测试用的公司。");
        Element chinese = page("/companies/" + COMPANY + "/history?lang=zh-CN").selectFirst("tr.revision");
        assertThat(chinese.selectFirst("[data-field=headquartersZh]").text()).startsWith("总部（中文）");
    }

    @Test
    void aHostileNameIsShownEscaped() throws Exception {
        user.actAs("mallory");
        editProduct(draft -> new ProductDraft(draft.slug(), draft.company(), HOSTILE, draft.nameZh(),
                draft.category(), draft.stage(), draft.launchDate(), draft.summary(), draft.monetizationAtLaunch(),
                draft.growthDriver(), draft.integrationDepth(), draft.weight()));

        String html = mvc.perform(get("/products/" + PRODUCT + "/history")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).doesNotContain(HOSTILE).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Document history = Jsoup.parse(html);
        assertThat(history.select("script")).isEmpty();
        Element rename = history.selectFirst("tr.revision");
        assertThat(rename.selectFirst(".revision-who").text()).isEqualTo("mallory");
        assertThat(rename.selectFirst("[data-field=nameEn] .change-new").text()).isEqualTo(HOSTILE);
        assertThat(history.selectFirst("h1").text()).isEqualTo("History of " + HOSTILE);
    }

    @Test
    void withNobodySignedInAChangeIsBySystem() throws Exception {
        editProduct(draft -> new ProductDraft(draft.slug(), draft.company(), draft.nameEn(), draft.nameZh(),
                draft.category(), draft.stage(), draft.launchDate(), "Edited by a job", draft.monetizationAtLaunch(),
                draft.growthDriver(), draft.integrationDepth(), draft.weight()));
        Element latest = page("/products/" + PRODUCT + "/history").selectFirst("tr.revision");
        assertThat(latest.selectFirst(".revision-who").text()).isEqualTo("system");
        assertThat(change(latest, "summary")).isEqualTo("Summary: (empty) → Edited by a job");
    }

    @Test
    void chineseReadersSeeTranslatedKindsAndFieldNames() throws Exception {
        Document history = page("/products/" + PRODUCT + "/history?lang=zh-CN");
        Element edit = history.select("tr.revision").get(2);
        assertThat(edit.selectFirst(".revision-kind").text()).isEqualTo("修改");
        assertThat(history.select("tr.revision").get(0).selectFirst(".revision-kind").text()).isEqualTo("已撤回");
        assertThat(change(edit, "nameEn")).isEqualTo("英文名称: Old name → New name");
        assertThat(change(edit, "stage")).isEqualTo("阶段: 试点 → 已上线");
        // Issue 14: Chinese words without a space between them, and the company by its Chinese name.
        assertThat(edit.selectFirst(".revision-what").text()).isEqualTo("修改产品");
        assertThat(history.select("tr.revision").get(3).selectFirst("[data-field=company] .change-new").text())
                .isEqualTo("历史测试公司");
        assertThat(page("/products/" + PRODUCT + "/history").select("tr.revision").get(2).selectFirst(".revision-what")
                .text()).isEqualTo("Changed Product");
    }

    /** Issue 14: a date in the details reads as every other date of the reader's language, never as ISO. */
    @Test
    void datesInTheDetailsReadAsThePagesOtherDates() throws Exception {
        Element chinese = page("/products/" + PRODUCT + "/history?lang=zh-CN").select("tr.revision").get(1);
        assertThat(chinese.attr("data-kind")).isEqualTo("CREATED");
        assertThat(chinese.selectFirst("[data-field=asOf] .change-new").text()).isEqualTo("2026年6月30日");
        String moment = "\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}:\\d{2}（北京时间）";
        assertThat(chinese.selectFirst(".revision-when").text()).matches(moment);
        // Beijing time: the moment of the datetime attribute (UTC), eight hours on.
        java.time.OffsetDateTime when = java.time.OffsetDateTime.parse(chinese.selectFirst(".revision-when time").attr("datetime"));
        assertThat(chinese.selectFirst(".revision-when").text()).isEqualTo(java.time.format.DateTimeFormatter
                .ofPattern("yyyy年M月d日 HH:mm:ss（北京时间）").withZone(java.time.ZoneId.of("Asia/Shanghai")).format(when));
        assertThat(chinese.selectFirst("[data-field=recordedAt] .change-new").text()).matches(moment);
        assertThat(chinese.text()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("UTC ");

        Element english = page("/products/" + PRODUCT + "/history").select("tr.revision").get(1);
        assertThat(english.selectFirst("[data-field=asOf] .change-new").text()).isEqualTo("Jun 30, 2026");
        assertThat(english.selectFirst("[data-field=recordedAt] .change-new").text())
                .matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{2}:\\d{2}:\\d{2} UTC");
    }

    @Test
    void productAndCompanyPagesLinkToTheirHistory() throws Exception {
        assertThat(page("/products/" + PRODUCT).selectFirst("a[href=/products/" + PRODUCT + "/history]")).isNotNull();
        assertThat(page("/companies/" + COMPANY).selectFirst("a[href=/companies/" + COMPANY + "/history]"))
                .isNotNull();
    }

    /**
     * A seeded product's company was loaded without a revision: reading it as of the product's first
     * revision failed the page with a 500 (EntityNotFoundException), on H2 and PostgreSQL alike.
     */
    @Test
    void anEditToASeededProductThroughItsFormShowsInItsHistory() throws Exception {
        long qwen = catalog.product("qwen").orElseThrow().getId();
        String summary = jdbc.queryForObject("select summary from product where id = ?", String.class, qwen);
        // The seed's revisions stay: they hold every seeded record's creation.
        long seeded = jdbc.queryForObject("select max(id) from revinfo", Long.class);
        try {
            Document form = Jsoup.parse(mvc.perform(get("/products/qwen/edit").with(editor())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            mvc.perform(Forms.submit(form, "form.edit-form", Map.of("summary", "Edited through the form")).with(editor()))
                    .andExpect(status().is3xxRedirection());

            Document history = page("/products/qwen/history");
            Element edit = history.selectFirst("tr.revision");
            assertThat(edit.attr("data-subject") + " " + edit.attr("data-kind")).isEqualTo("PRODUCT CHANGED");
            assertThat(edit.selectFirst("[data-field=summary] .change-new").text()).isEqualTo("Edited through the form");
            assertThat(edit.selectFirst("[data-field=summary] .change-old").text()).isEqualTo(summary);
            // Only what the edit changed: the seed's revision holds the rest.
            assertThat(edit.select(".change")).hasSize(1);
            assertThat(page("/products/qwen/history?lang=zh-CN").selectFirst("tr.revision")).isNotNull();
        } finally {
            List<Long> revisions = jdbc.queryForList("select rev from product_aud where id = ? and rev > ?",
                    Long.class, qwen, seeded);
            jdbc.update("delete from product_aud where id = ? and rev > ?", qwen, seeded);
            revisions.forEach(revision -> jdbc.update("delete from revinfo where id = ?", revision));
            jdbc.update("update product set summary = ? where id = ?", summary, qwen);
            jdbc.update("update data_version set version = version + 1");
        }
    }

    /** A product with 1,666 facts had a history page of 5 MB; its revisions now come 50 to a page. */
    @Test
    void aLongHistoryComesInPagesOfFifty() throws Exception {
        user.actAs("carol");
        for (int fact = 0; fact < 50; fact++) {
            ledger.record(product(), dau(String.valueOf(1000 + fact))).orElseThrow();
        }
        // 4 revisions from the set-up, 50 facts created, 49 of them superseded: 103 rows.
        Document first = page("/products/" + PRODUCT + "/history");
        assertThat(first.select("tr.revision")).hasSize(50);
        assertThat(first.selectFirst(".history-pages [role=status]").text())
                .isEqualTo("Changes 1 to 50 of 103, page 1 of 3");
        assertThat(first.selectFirst(".history-pages a[rel=prev]")).isNull();
        assertThat(first.selectFirst(".history-pages a[rel=next]").attr("href"))
                .isEqualTo("/products/" + PRODUCT + "/history?page=2");

        Document last = page("/products/" + PRODUCT + "/history?page=3");
        assertThat(last.select("tr.revision")).extracting(row -> row.attr("data-subject") + " " + row.attr("data-kind"))
                .containsExactly("FACT CREATED", "PRODUCT CHANGED", "PRODUCT CREATED");
        assertThat(last.selectFirst(".history-pages a[rel=prev]").attr("href"))
                .isEqualTo("/products/" + PRODUCT + "/history?page=2");
        assertThat(last.selectFirst(".history-pages a[rel=next]")).isNull();

        for (String past : List.of("?page=4", "?page=0", "?page=-1")) {
            mvc.perform(get("/products/" + PRODUCT + "/history" + past)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/companies/" + COMPANY + "/history?page=2")).andExpect(status().isNotFound());
        assertThat(page("/companies/" + COMPANY + "/history").selectFirst(".history-pages")).isNull();
    }

    @Test
    void seededRecordsBeginTheirHistoryAsTheSeedsWork() throws Exception {
        Document history = page("/products/doubao/history");
        assertThat(history.select("tr.revision")).extracting(row -> row.attr("data-subject") + " "
                + row.attr("data-kind") + " by " + row.selectFirst(".revision-who").text())
                .contains("PRODUCT CREATED by seed", "FACT CREATED by seed");
    }

    @Test
    void unknownSlugsAnswer404() throws Exception {
        for (String url : List.of("/products/no-such-product/history", "/companies/no-such-company/history")) {
            String html = mvc.perform(get(url)).andExpect(status().isNotFound()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(html).selectFirst("h1").text()).isEqualTo("We could not find that page");
        }
    }

    private static RequestPostProcessor editor() {
        return SecurityMockMvcRequestPostProcessors.user("erin").roles("EDITOR");
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private void editProduct(UnaryOperator<ProductDraft> edit) {
        Product product = product();
        saved(catalog.update(product, product.getVersion(), edit.apply(ProductDraft.of(product))));
    }

    private static <T> T saved(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Saved.class);
        return ((Outcome.Saved<T>) outcome).record();
    }

    private Product product() {
        return catalog.product(PRODUCT).orElseThrow();
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** A change as a sighted reader sees it: "Field: old → new", or "Field: new" for a creation. */
    private static String change(Element revision, String field) {
        Element change = revision.selectFirst(".change[data-field=" + field + "]");
        assertThat(change).as("a change to " + field).isNotNull();
        Element old = change.selectFirst(".change-old");
        return change.selectFirst(".change-field").text() + ": "
                + (old == null ? "" : old.text() + " " + change.selectFirst("[aria-hidden]").text() + " ")
                + change.selectFirst(".change-new").text();
    }

    private FactDraft dau(String value) {
        return new FactDraft(Metric.DAU, new BigDecimal(value), null, null, null, Qualifier.ABOUT,
                LocalDate.of(2026, 6, 30), Provenance.THIRD_PARTY,
                sources.cite("Quarterly report", "https://example.com/report", LocalDate.of(2026, 7, 1)),
                "Daily active users");
    }
}
