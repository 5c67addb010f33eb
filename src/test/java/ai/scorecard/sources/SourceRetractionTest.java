package ai.scorecard.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.source.SourceFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Retracting every fact of a discredited source in one step. The history is written when a transaction commits,
 * so these tests commit and delete what they wrote, audit rows included, afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SourceRetractionTest {

    static final RequestPostProcessor EDITOR = user("erin").roles("EDITOR");
    static final String REASON = "The digest made its numbers up.";

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    FactLedger ledger;

    @Autowired
    Scoreboard scoreboard;

    @Autowired
    SourceFixtures sources;

    @Autowired
    JdbcTemplate jdbc;

    Discredited data;

    @BeforeEach
    void aDiscreditedSource() {
        data = Discredited.create(catalog, ledger, sources);
    }

    @AfterEach
    void deleteWhatTheTestWrote() {
        List<Long> companies = jdbc.queryForList("select id from company where slug in (?, ?)", Long.class,
                Discredited.COMPANY, Discredited.STYLE_ONLY);
        List<Long> products = jdbc.queryForList("select id from product where company_id in (" + ids(companies) + ")",
                Long.class);
        List<Long> cited = jdbc.queryForList("select id from source where title in (?, ?)", Long.class,
                Discredited.TITLE, Discredited.SOUND);
        String factsOf = "(product_id in (" + ids(products) + ") or company_id in (" + ids(companies) + "))";
        List<Long> revisions = jdbc.queryForList("select rev from fact_aud where " + factsOf
                + " union select rev from product_aud where id in (" + ids(products) + ")"
                + " union select rev from company_aud where id in (" + ids(companies) + ")"
                + " union select rev from source_aud where id in (" + ids(cited) + ")", Long.class);
        jdbc.update("delete from fact_aud where " + factsOf);
        jdbc.update("delete from product_aud where id in (" + ids(products) + ")");
        jdbc.update("delete from company_aud where id in (" + ids(companies) + ")");
        jdbc.update("delete from source_aud where id in (" + ids(cited) + ")");
        revisions.forEach(revision -> jdbc.update("delete from revinfo where id = ?", revision));
        jdbc.update("update fact set superseded_by = null where " + factsOf);
        jdbc.update("delete from fact where " + factsOf);
        jdbc.update("delete from source where id in (" + ids(cited) + ")");
        jdbc.update("delete from product where id in (" + ids(products) + ")");
        jdbc.update("delete from company where id in (" + ids(companies) + ")");
        cited.forEach(id -> jdbc.update("delete from form_submission where result_path = ?", "/sources/" + id));
    }

    /**
     * What the preview says each score will be is what the scores are once the facts are retracted; each fact
     * keeps a reason that names the source, every history shows it, and the data version moves once.
     */
    @Test
    void thePreviewIsWhatTheRetractionDoesAndEveryHistoryNamesTheSource() throws Exception {
        Document preview = page(path() + "/retract", EDITOR);
        assertThat(preview.selectFirst("#retracting").text())
                .isEqualTo("You are retracting the 4 current facts that cite “" + Discredited.TITLE + "”.");
        assertThat(preview.select("#preview-facts tr.fact").eachAttr("id")).containsExactlyInAnyOrderElementsOf(
                data.current().stream().map(fact -> "fact-" + fact.getId()).toList());
        Map<String, String> promised = new HashMap<>();
        for (Element row : preview.select("tr.move, tr.product-move")) {
            String subject = row.hasAttr("data-product") ? row.attr("data-product")
                    : row.parent().attr("data-company");
            promised.put(subject, row.attr("data-without"));
        }
        assertThat(promised).containsKeys(Discredited.COMPANY, Discredited.STYLE_ONLY, "withdrawal-app",
                "withdrawal-tool");
        assertThat(promised.get(Discredited.COMPANY)).as("a score without it").isNotEmpty();
        assertThat(promised.get("withdrawal-app")).as("a score without it").isNotEmpty();
        long version = dataVersion();

        MockHttpServletResponse done = mvc.perform(retraction(preview, REASON)).andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo(path());
        assertThat(dataVersion()).as("one change, announced once").isEqualTo(version + 1);

        Standings after = scoreboard.of(List.of(data.company(), data.styleOnly()), null);
        assertThat(shown(after.company(Discredited.COMPANY).orElseThrow().overall()))
                .isEqualTo(promised.get(Discredited.COMPANY));
        assertThat(shown(after.company(Discredited.STYLE_ONLY).orElseThrow().overall()))
                .isEqualTo(promised.get(Discredited.STYLE_ONLY)).isEmpty();
        assertThat(shown(after.product("withdrawal-app").orElseThrow().overall()))
                .isEqualTo(promised.get("withdrawal-app"));
        assertThat(shown(after.product("withdrawal-tool").orElseThrow().overall()))
                .isEqualTo(promised.get("withdrawal-tool")).isEmpty();

        String stated = "Source withdrawn (" + Discredited.TITLE + "): " + REASON;
        assertThat(jdbc.queryForList("select retraction_reason from fact where source_id = ? and retracted_at is not null",
                String.class, data.source().getId())).hasSize(4).containsOnly(stated);
        assertThat(jdbc.queryForObject("select count(*) from fact where source_id = ? and retracted_at is null"
                + " and superseded_at is null", Integer.class, data.source().getId())).isZero();
        assertThat(jdbc.queryForObject("select retracted_at from fact where id = ?", Object.class,
                data.olderDau().getId())).as("a superseded fact is not retracted again").isNull();

        Document source = page(path(), null);
        assertThat(source.selectFirst(".saved")).isNull();
        assertThat(source.select("tr.fact.retracted")).hasSize(4);
        assertThat(source.select("tr.fact.retracted .fact-retraction").eachText()).containsOnly(stated);
        assertThat(source.select(".editor-actions")).isEmpty();
        assertThat(source.selectFirst(".no-moves")).isNotNull();
        for (String history : List.of("/products/withdrawal-app/history", "/products/withdrawal-tool/history",
                "/companies/withdrawal-co/history", "/companies/style-only-co/history", path() + "/history")) {
            List<String> reasons = page(history, null).select("tr.revision[data-kind=RETRACTED] .revision-reason .reason")
                    .eachText();
            assertThat(reasons).as(history).isNotEmpty().containsOnly(stated);
            assertThat(page(history, null).selectFirst("tr.revision[data-kind=RETRACTED] .revision-who").text())
                    .isEqualTo("erin");
        }
        assertThat(page(path() + "/history", null).select("tr.revision[data-kind=RETRACTED]")).hasSize(4);

        // The same form sent again: nothing more is retracted, nothing moves, and the editor is told.
        List<Object> retractedAt = jdbc.queryForList("select retracted_at from fact where source_id = ? order by id",
                Object.class, data.source().getId());
        MockHttpServletResponse again = mvc.perform(retraction(preview, REASON)).andReturn().getResponse();
        assertThat(again.getRedirectedUrl()).isEqualTo(path());
        assertThat(mvc.perform(retraction(preview, REASON)).andReturn().getFlashMap().get("saved"))
                .isEqualTo("saved.alreadySaved");
        assertThat(dataVersion()).isEqualTo(version + 1);
        assertThat(jdbc.queryForList("select retracted_at from fact where source_id = ? order by id", Object.class,
                data.source().getId())).isEqualTo(retractedAt);
    }

    @Test
    void aReasonThatBreaksTheRulesIsRefusedAndNothingIsRetracted() throws Exception {
        Document preview = page(path() + "/retract", EDITOR);
        long version = dataVersion();
        for (String reason : List.of("", "   ", "Bell\u0007", "x".repeat(1001), "x".repeat(990))) {
            MockHttpServletResponse refused = mvc.perform(retraction(preview, reason)).andReturn().getResponse();
            assertThat(refused.getStatus()).as(reason).isEqualTo(422);
            Document page = Jsoup.parse(refused.getContentAsString());
            assertThat(page.selectFirst("#reason-error")).as(reason).isNotNull();
            if (!reason.isBlank() && !reason.contains("\u0007")) {
                assertThat(page.selectFirst("#reason").val()).as("the reason as typed").isEqualTo(reason);
            }
            assertThat(page.select("#preview-scores tr.move")).hasSize(2);
        }
        Document tooLong = Jsoup.parse(mvc.perform(retraction(preview, "x".repeat(990))).andReturn().getResponse()
                .getContentAsString());
        assertThat(tooLong.selectFirst("#reason-error").text()).contains("source’s title in front of it");
        Document chinese = Jsoup.parse(mvc.perform(retraction(preview, " ").param("lang", "zh-CN")).andReturn()
                .getResponse().getContentAsString());
        assertThat(chinese.selectFirst("#reason-error").text()).isEqualTo("请填写此项。");
        assertThat(dataVersion()).isEqualTo(version);
        assertThat(retracted()).isZero();
    }

    @Test
    void factsThatChangedSinceThePreviewAreNotRetractedAndThePreviewShowsThemAgain() throws Exception {
        Document preview = page(path() + "/retract", EDITOR);
        ledger.record(data.app(), new FactDraft(Metric.MAU, new BigDecimal("90000000"), null, null, null,
                Qualifier.ABOUT, LocalDate.of(2026, 9, 30), Provenance.THIRD_PARTY, data.source(), "Also from it."))
                .orElseThrow();
        MockHttpServletResponse changed = mvc.perform(retraction(preview, REASON)).andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(409);
        Document page = Jsoup.parse(changed.getContentAsString());
        assertThat(page.selectFirst(".error-summary").text()).contains("changed after you opened this page");
        assertThat(page.select("#preview-facts tr.fact")).hasSize(5);
        assertThat(page.select("input[name=factIds]")).hasSize(5);
        assertThat(retracted()).isZero();

        // The new preview, sent as it is, retracts all five.
        assertThat(mvc.perform(retraction(page, REASON)).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(retracted()).isEqualTo(5);
    }

    @Test
    void withNothingLeftToRetractThePageSaysSoAndWritesNothing() throws Exception {
        Document preview = page(path() + "/retract", EDITOR);
        assertThat(ledger.retractCiting(data.source(), "Withdrawn elsewhere")).isNotNull();
        long version = dataVersion();
        Document nothing = page(path() + "/retract", EDITOR);
        assertThat(nothing.selectFirst(".nothing-to-retract").text())
                .isEqualTo("No current fact cites this source: there is nothing to retract.");
        assertThat(nothing.select("form.edit-form")).isEmpty();
        MockHttpServletResponse late = mvc.perform(retraction(preview, REASON)).andReturn().getResponse();
        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(Jsoup.parse(late.getContentAsString()).selectFirst(".nothing-to-retract")).isNotNull();
        assertThat(dataVersion()).isEqualTo(version);
        assertThat(jdbc.queryForList("select distinct retraction_reason from fact where source_id = ?"
                + " and retracted_at is not null", String.class, data.source().getId()))
                .containsExactly("Source withdrawn (" + Discredited.TITLE + "): Withdrawn elsewhere");
    }

    @Test
    void onlyAnEditorWithTheFormsTokenRetracts() throws Exception {
        Document preview = page(path() + "/retract", EDITOR);
        MockHttpServletResponse anonymous = mvc.perform(get(path() + "/retract")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).isEqualTo("/login");
        MockHttpServletResponse anonymousPost = mvc.perform(form(preview, REASON).with(csrf())).andReturn()
                .getResponse();
        assertThat(anonymousPost.getRedirectedUrl()).isEqualTo("/login");
        RequestPostProcessor reader = user("ann").roles("READER");
        assertThat(mvc.perform(get(path() + "/retract").with(reader)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(form(preview, REASON).with(reader).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(form(preview, REASON).with(EDITOR)).andReturn().getResponse().getStatus())
                .as("no CSRF token").isEqualTo(403);
        assertThat(retracted()).isZero();
        // Reading the source needs no account; the button to retract is for editors.
        assertThat(page(path(), null).select(".editor-actions")).isEmpty();
        assertThat(page(path(), EDITOR).select(".editor-actions a").eachAttr("href"))
                .containsExactly(path() + "/edit", path() + "/retract");
    }

    private MockHttpServletRequestBuilder retraction(Document preview, String reason) {
        return form(preview, reason).with(EDITOR).with(csrf());
    }

    /** The preview's form as a browser would send it, with the reason typed. */
    private MockHttpServletRequestBuilder form(Document preview, String reason) {
        Element form = preview.selectFirst("form.edit-form");
        MockHttpServletRequestBuilder request = post(form.attr("action"));
        // The page's own token is left out: each request says whether it carries one.
        for (Element input : form.select("input[type=hidden]:not([name=_csrf])")) {
            request.param(input.attr("name"), input.val());
        }
        return request.param("reason", reason);
    }

    private int retracted() {
        return jdbc.queryForObject("select count(*) from fact where source_id = ? and retracted_at is not null",
                Integer.class, data.source().getId());
    }

    private long dataVersion() {
        return jdbc.queryForObject("select version from data_version where id = 1", Long.class);
    }

    private String path() {
        return "/sources/" + data.source().getId();
    }

    private Document page(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (who != null) {
            request.with(who);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** A score as the page's data attribute holds it: the number in full, or nothing when it is unknown. */
    private static String shown(OptionalDouble score) {
        return score.isPresent() ? String.valueOf(score.getAsDouble()) : "";
    }

    private static String ids(List<Long> ids) {
        return ids.isEmpty() ? "-1" : String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
