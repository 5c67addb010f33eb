package ai.scorecard.scoreboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.Forms;
import ai.scorecard.scoreboard.Methodologies;
import ai.scorecard.scoreboard.PublishedMethodology;
import ai.scorecard.scoring.Methodology;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every kind of change shows at once on the kept pages (/compare, /rankings, /styles). Most page tests
 * run inside a test transaction, where nothing is committed and no data version moves, so a change that
 * forgot to move the {@link DataVersion} passed them all. Here each change is committed, through the
 * editors' forms, on a company and product of the test's own (a copy of Alibaba and of its Qwen app, facts
 * included), which are removed afterwards; the pages are loaded, so kept, before the change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DataVersionTest {

    static final String COMPARE = "/compare?left=dv-co&right=bytedance";
    static final String RANKINGS = "/rankings?category=ASSISTANT_APP";
    static final String STYLES = "/styles";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Methodologies methodologies;

    long companyId;
    long productId;
    Integer published;

    @BeforeEach
    void aCompanyAndAProductOfItsOwn() {
        jdbc.update("insert into company (slug, name_en, summary) select 'dv-co', 'Version Co', summary from company "
                + "where slug = 'alibaba'");
        companyId = jdbc.queryForObject("select id from company where slug = 'dv-co'", Long.class);
        jdbc.update("insert into product (slug, company_id, name_en, category, stage, weight, monetization_at_launch, "
                + "growth_driver, integration_depth) select 'dv-model', ?, 'Version Model', category, stage, weight, "
                + "monetization_at_launch, growth_driver, integration_depth from product where slug = 'qianwen-app'", companyId);
        productId = jdbc.queryForObject("select id from product where slug = 'dv-model'", Long.class);
        String columns = "metric, value_numeric, value_level, unit, currency, qualifier, as_of, provenance, "
                + "source_id, claim, recorded_at";
        jdbc.update("insert into fact (company_id, " + columns + ") select ?, " + columns + " from fact where company_id = "
                + "(select id from company where slug = 'alibaba') and superseded_at is null and retracted_at is null",
                companyId);
        jdbc.update("insert into fact (product_id, " + columns + ") select ?, " + columns + " from fact where product_id = "
                + "(select id from product where slug = 'qianwen-app') and superseded_at is null and retracted_at is null",
                productId);
        jdbc.update("update data_version set version = version + 1");
    }

    @AfterEach
    void removeThem() {
        List<Long> revisions = jdbc.queryForList("""
                select rev from company_aud where id = ? union select rev from product_aud where id = ?
                union select rev from fact_aud where product_id = ? or company_id = ?""", Long.class,
                companyId, productId, productId, companyId);
        // Whole revisions: a deletion's audit rows carry only the id, not the product they were about.
        for (Long revision : revisions) {
            for (String table : List.of("fact_aud", "product_aud", "company_aud", "source_aud")) {
                jdbc.update("delete from " + table + " where rev = ?", revision);
            }
            jdbc.update("delete from revinfo where id = ?", revision);
        }
        jdbc.update("update fact set superseded_by = null where product_id = ? or company_id = ?", productId, companyId);
        jdbc.update("delete from fact where product_id = ? or company_id = ?", productId, companyId);
        jdbc.update("delete from source where title = 'Test' and id not in (select source_id from fact)");
        jdbc.update("delete from product where id = ?", productId);
        jdbc.update("delete from company where id = ?", companyId);
        if (published != null) {
            unpublish(published);
        }
        jdbc.update("update data_version set version = version + 1");
    }

    @Test
    void aCompanyEditShowsAtOnce() throws Exception {
        Pages before = Pages.load(this);
        Document form = page("/companies/dv-co/edit");
        mvc.perform(Forms.submit(form, "form.edit-form", Map.of("nameEn", "Renamed Co")).with(editor()))
                .andExpect(status().is3xxRedirection());
        Pages after = Pages.load(this);
        assertThat(after.compareLeft).contains("Renamed Co").isNotEqualTo(before.compareLeft);
        assertThat(after.rankingRow).contains("Renamed Co");
        assertThat(after.styles).contains("Renamed Co");
    }

    @Test
    void aProductEditShowsAtOnce() throws Exception {
        Pages before = Pages.load(this);
        Document form = page("/products/dv-model/edit");
        mvc.perform(Forms.submit(form, "form.edit-form", Map.of("nameEn", "Renamed Model")).with(editor()))
                .andExpect(status().is3xxRedirection());
        Pages after = Pages.load(this);
        assertThat(after.productCard).contains("Renamed Model").isNotEqualTo(before.productCard);
        assertThat(after.rankingRow).contains("Renamed Model");
    }

    @Test
    void aFactRecordedShowsAtOnce() throws Exception {
        jdbc.update("delete from fact where product_id = ? and metric = 'MONETIZATION_PATH'", productId);
        jdbc.update("update data_version set version = version + 1");
        Pages before = Pages.load(this);
        mvc.perform(post("/products/dv-model/facts").with(csrf()).with(editor()).param("metric", "MONETIZATION_PATH")
                .param("level", "PAID_FROM_LAUNCH").param("qualifier", "EXACT").param("asOf", "2026-11-01")
                .param("provenance", "COMPANY_REPORTED").param("sourceTitle", "Test").param("sourceLanguage", "EN").param("sourceKind", "PRESS").param("sourceDateUnknown", "true").param("claim", "Paid from launch."))
                .andExpect(status().is3xxRedirection());
        Pages after = Pages.load(this);
        assertThat(after.rankingRow).isNotEqualTo(before.rankingRow);
        assertThat(after.compareLeft).isNotEqualTo(before.compareLeft);
    }

    @Test
    void aFactSupersededShowsAtOnce() throws Exception {
        long standing = currentFact("MONETIZATION_PATH"); // no new revenue, as the Qwen app's
        Pages before = Pages.load(this);
        mvc.perform(post("/products/dv-model/facts/" + standing + "/supersede").with(csrf()).with(editor())
                .param("level", "PAID_FROM_LAUNCH").param("qualifier", "EXACT").param("asOf", "2026-11-30")
                .param("provenance", "COMPANY_REPORTED").param("sourceTitle", "Test").param("sourceLanguage", "EN").param("sourceKind", "PRESS").param("sourceDateUnknown", "true").param("claim", "Now paid."))
                .andExpect(status().is3xxRedirection());
        Pages after = Pages.load(this);
        assertThat(after.rankingRow).isNotEqualTo(before.rankingRow);
        assertThat(after.compareLeft).isNotEqualTo(before.compareLeft);
    }

    @Test
    void aFactRetractedShowsAtOnce() throws Exception {
        Pages before = Pages.load(this);
        mvc.perform(post("/products/dv-model/facts/" + currentFact("MONETIZATION_PATH") + "/retract").with(csrf())
                .with(editor()).param("reason", "Wrong.")).andExpect(status().is3xxRedirection());
        Pages after = Pages.load(this);
        assertThat(after.rankingRow).isNotEqualTo(before.rankingRow);
        assertThat(after.compareLeft).isNotEqualTo(before.compareLeft);
    }

    @Test
    void aProductDeletedShowsAtOnce() throws Exception {
        Pages before = Pages.load(this);
        assertThat(before.productCard).isNotEmpty();
        mvc.perform(post("/products/dv-model/delete").with(csrf()).with(editor()).param("withFacts", "true"))
                .andExpect(status().is3xxRedirection());
        Pages after = Pages.load(this);
        assertThat(after.productCard).isEmpty();
        assertThat(after.rankingRow).isEmpty();
        assertThat(after.compareLeft).isNotEqualTo(before.compareLeft);
    }

    @Test
    void aMethodologyPublishedShowsAtOnce() throws Exception {
        Pages before = Pages.load(this);
        PublishedMethodology current = methodologies.current();
        Methodology rules = current.rules();
        published = current.version() + 1;
        methodologies.publish(new Methodology(published, rules.freshnessDays(), rules.indicators(), rules.lenses(),
                rules.productWeights(), rules.styleTraits()), "DataVersionTest", LocalDate.of(2026, 12, 1), "test");
        Pages after = Pages.load(this);
        assertThat(page(COMPARE).text()).contains("methodology version " + published);
        assertThat(before.compareAll).doesNotContain("methodology version " + published);
    }

    /** What the three kept pages show of the test's company and product. */
    record Pages(String compareLeft, String productCard, String compareAll, String rankingRow, String styles) {

        static Pages load(DataVersionTest test) throws Exception {
            Document compare = test.page(COMPARE);
            Document rankings = test.page(RANKINGS);
            Document styles = test.page(STYLES);
            return new Pages(text(compare.selectFirst(".side-left")),
                    text(compare.selectFirst(".product-card[data-product=dv-model]")), compare.text(),
                    text(rankings.selectFirst("tr.ranked[data-product=dv-model]")), text(styles.selectFirst("#content")));
        }

        private static String text(Element element) {
            return element == null ? "" : element.text();
        }
    }

    private long currentFact(String metric) {
        return jdbc.queryForObject("select id from fact where product_id = ? and metric = ? and superseded_at is null "
                + "and retracted_at is null", Long.class, productId, metric);
    }

    private void unpublish(int version) {
        String versionId = "(select id from methodology_version where version = " + version + ")";
        jdbc.update("delete from methodology_style_position where trait_id in (select id from methodology_style_trait "
                + "where version_id = " + versionId + ")");
        jdbc.update("delete from methodology_style_trait where version_id = " + versionId);
        jdbc.update("delete from methodology_lens_weight where lens_id in (select id from methodology_lens "
                + "where version_id = " + versionId + ")");
        jdbc.update("delete from methodology_lens where version_id = " + versionId);
        jdbc.update("delete from methodology_level_points where indicator_id in (select id from methodology_indicator "
                + "where version_id = " + versionId + ")");
        jdbc.update("delete from methodology_indicator where version_id = " + versionId);
        jdbc.update("delete from methodology_version where version = " + version);
    }

    private static RequestPostProcessor editor() {
        return user("erin").roles("EDITOR");
    }

    Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(editor())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
