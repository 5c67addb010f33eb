package ai.scorecard.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.source.SourceFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of sources and a source's page: its fields, every fact citing it by company and product, and the
 * scores that rest on it, now and without it; and correcting a source. Each test runs in a transaction that is
 * rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class SourcePagesTest {

    static final RequestPostProcessor EDITOR = user("erin").roles("EDITOR");

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

    Discredited data;

    @BeforeEach
    void aDiscreditedSource() {
        data = Discredited.create(catalog, ledger, sources);
    }

    @Test
    void theSourcePageShowsWhatTheSourceIsAndEveryFactCitingItByCompanyThenProduct() throws Exception {
        Document page = page(path(), null);
        assertThat(page.selectFirst("h1").text()).isEqualTo(Discredited.TITLE);
        assertThat(page.select("h1 [lang], h1 .fallback-note")).as("English, the page's language").isEmpty();
        Element address = page.selectFirst(".source-url a");
        assertThat(address.attr("href")).isEqualTo("https://example.com/discredited");
        assertThat(address.attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(page.selectFirst(".source-date").text()).isEqualTo("Oct 1, 2026");
        assertThat(page.selectFirst(".source-kind").text()).isEqualTo("Third-party data");

        // Companies by name; within one, the facts about itself, then each product's; those that hold first.
        assertThat(page.select("section.citing-company").eachAttr("data-company"))
                .containsExactly(Discredited.STYLE_ONLY, Discredited.COMPANY);
        Element withdrawal = page.selectFirst("section.citing-company[data-company=withdrawal-co]");
        assertThat(withdrawal.select("table caption").eachText())
                .containsExactly("About Withdrawal Co itself", "Withdrawal App", "Withdrawal Tool");
        Element app = withdrawal.selectFirst("[data-product=withdrawal-app]");
        assertThat(app.select("tr.fact").eachAttr("id")).containsExactly("fact-" + data.current().get(0).getId(),
                "fact-" + data.olderDau().getId());
        assertThat(app.select("tr.fact").eachAttr("class")).containsExactly("fact current", "fact superseded");
        assertThat(app.selectFirst("tr.superseded .fact-standing").text()).isEqualTo("superseded");
        assertThat(app.selectFirst("tr.current .fact-value").text()).isEqualTo("≈ 50 million");
        assertThat(app.selectFirst("tr.current .fact-metric a").attr("href"))
                .isEqualTo("/products/withdrawal-app#fact-" + data.current().get(0).getId());
        // The sound filing's revenue is not the discredited source's.
        assertThat(page.text()).doesNotContain("Annual revenue");
        assertThat(page.selectFirst("#citing-title").text()).isEqualTo("Facts citing it (5, of which 4 hold now)");

        Document chinese = page(path() + "?lang=zh-CN", null);
        assertThat(chinese.select("section.citing-company h3").eachText()).containsExactly("Style Only Co", "撤回公司");
        assertThat(chinese.selectFirst("#scores-title").text()).isEqualTo("以它为依据的得分");
        assertThat(chinese.selectFirst("h1 [lang=en]").text()).isEqualTo(Discredited.TITLE);
        assertThat(chinese.selectFirst("h1 .fallback-note").text()).isEqualTo("（仅英文）");
    }

    /**
     * The page's "without it" is what the scoreboard says once the facts are retracted, one by one through the
     * ledger: the same numbers, not an estimate; and its "now" is what the company's own page shows.
     */
    @Test
    void theScoreWithoutTheSourceIsTheScoreOnceItsFactsAreRetracted() throws Exception {
        Document page = page(path(), null);
        Element company = page.selectFirst(".company-move[data-company=withdrawal-co] tr.move");
        double now = Double.parseDouble(company.attr("data-now"));
        double without = Double.parseDouble(company.attr("data-without"));
        String nowShown = company.selectFirst(".move-now").text();
        assertThat(nowShown).isEqualTo(page("/companies/withdrawal-co", null).selectFirst(".score-overall").text());
        Element app = page.selectFirst("tr.product-move[data-product=withdrawal-app]");
        double appWithout = Double.parseDouble(app.attr("data-without"));
        Element tool = page.selectFirst("tr.product-move[data-product=withdrawal-tool]");
        assertThat(tool.hasAttr("data-now")).isTrue();
        assertThat(tool.hasAttr("data-without")).as("the tool rests on the source alone").isFalse();
        assertThat(tool.selectFirst(".move-without").text()).isEqualTo("not enough evidence");
        assertThat(tool.selectFirst(".move-points").text()).isEqualTo("no score without it");
        Element styleOnly = page.selectFirst(".company-move[data-company=style-only-co] tr.move");
        assertThat(styleOnly.hasAttr("data-now") || styleOnly.hasAttr("data-without")).isFalse();
        assertThat(styleOnly.selectFirst(".move-points").text()).isEqualTo("unknown either way");
        assertThat(styleOnly.selectFirst(".move-now").text()).isEqualTo("not enough evidence");
        int rankNow = scoreboard.all(null).companyRank(Discredited.COMPANY).orElseThrow();

        for (Fact fact : data.current()) {
            ledger.retract(fact, "Checking the page's numbers").orElseThrow();
        }
        Standings after = scoreboard.of(catalog.company(Discredited.COMPANY).orElseThrow(), null);
        CompanyScore rescored = after.company(Discredited.COMPANY).orElseThrow();
        assertThat(rescored.overall()).isEqualTo(OptionalDouble.of(without));
        assertThat(after.product("withdrawal-app").orElseThrow().overall()).isEqualTo(OptionalDouble.of(appWithout));
        assertThat(after.product("withdrawal-tool").orElseThrow().overall()).isEmpty();
        assertThat(without).isNotEqualTo(now);
        assertThat(company.selectFirst(".move-points").text()).isEqualTo(signed(now, without));
        int rankAfter = scoreboard.all(null).companyRank(Discredited.COMPANY).orElseThrow();
        assertThat(company.selectFirst(".move-rank").text()).isEqualTo(rankNow == rankAfter
                ? rankNow + " (unchanged)" : rankNow + " → " + rankAfter);
        assertThat(page("/companies/withdrawal-co", null).selectFirst(".score-overall").text())
                .isEqualTo(company.selectFirst(".move-without").text());
    }

    @Test
    void aSourceNoCurrentFactCitesHasNoScoresRestingOnIt() throws Exception {
        var lonely = sources.cite("Nobody cites me", null, null);
        Document page = page("/sources/" + lonely.getId(), null);
        assertThat(page.selectFirst(".no-moves").text()).contains("no score rests on it");
        assertThat(page.selectFirst(".no-facts").text()).isEqualTo("No fact cites this source.");
        assertThat(page.selectFirst(".source-date").text()).isEqualTo("date unknown");
        assertThat(page.selectFirst(".source-url").text()).isEqualTo("none recorded");
        assertThat(status(get("/sources/987654321"))).isEqualTo(404);
        assertThat(status(get("/sources/not-a-number"))).isEqualTo(400);
    }

    @Test
    void theListShowsEverySourceWithHowManyFactsCiteItAndFiltersByText() throws Exception {
        Document all = page("/sources", null);
        assertThat(all.select("tr.source").eachAttr("data-source")).contains(String.valueOf(data.source().getId()),
                String.valueOf(data.sound().getId()));
        Document found = page("/sources?q=DISCREDITED", null);
        assertThat(found.select("tr.source")).hasSize(1);
        Element row = found.selectFirst("tr.source");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo(path());
        assertThat(row.selectFirst(".citation-count").text()).isEqualTo("4 of 5");
        assertThat(row.text()).contains("Third-party data", "English", "Oct 1, 2026");
        assertThat(page("/sources?q=example.com/filing", null).select("tr.source a").eachText())
                .containsExactly("Withdrawal Co annual filing");
        assertThat(page("/sources?q=%25_", null).select("tr.source")).isEmpty();

        List<String> byTitle = page("/sources?sort=title", null).select("tr.source a").eachText();
        assertThat(byTitle).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        // Added last first: the sound filing was added after the discredited digest.
        assertThat(page("/sources?q=example.com&sort=newest", null).select("tr.source a").eachText()).startsWith(
                "Withdrawal Co annual filing", Discredited.TITLE);
        Document chinese = page("/sources?q=discredited&lang=zh-CN", null);
        assertThat(chinese.selectFirst(".result-count").text()).isEqualTo("共 1 个来源");
        assertThat(chinese.selectFirst("tr.source td.source-date-unknown")).isNull();
        assertThat(status(get("/sources?page=0"))).isEqualTo(400);
        assertThat(status(get("/sources?sort=loudest"))).isEqualTo(400);
    }

    @Test
    void anEditorCorrectsASourceAndEveryFactCitingItShowsTheCorrection() throws Exception {
        Document form = page(path() + "/edit", EDITOR);
        assertThat(form.selectFirst("#title").val()).isEqualTo(Discredited.TITLE);
        assertThat(form.selectFirst("#publishedOn").val()).isEqualTo("2026-10-01");
        assertThat(form.selectFirst("#language option[selected]").val()).isEqualTo("EN");
        String version = form.selectFirst("#version").val();

        MockHttpServletResponse saved = mvc.perform(correction(version, "title", "Discredited Digest, autumn",
                "language", "ZH")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo(path());
        Document page = page(path(), null);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Discredited Digest, autumn");
        assertThat(page.selectFirst(".source-language").text()).isEqualTo("Chinese");
        assertThat(page("/products/withdrawal-tool", null).selectFirst("#current-facts .fact-source-title").text())
                .isEqualTo("Discredited Digest, autumn");

        // Someone else's edit since: 409, their values beside the editor's, and nothing of the editor's saved.
        MockHttpServletResponse conflict = mvc.perform(correction(version, "title", "My title"))
                .andReturn().getResponse();
        assertThat(conflict.getStatus()).isEqualTo(409);
        Document again = Jsoup.parse(conflict.getContentAsString());
        assertThat(again.selectFirst("tr.difference[data-field=title] .theirs").text())
                .isEqualTo("Discredited Digest, autumn");
        assertThat(again.selectFirst("tr.difference[data-field=title] .yours").text()).isEqualTo("My title");
        assertThat(again.selectFirst("#title").val()).isEqualTo("My title");
        assertThat(again.selectFirst("#version").val()).isNotEqualTo(version);
        assertThat(page(path(), null).selectFirst("h1").text()).isEqualTo("Discredited Digest, autumn");
    }

    @Test
    void aCorrectionThatBreaksARuleIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
        String version = page(path() + "/edit", EDITOR).selectFirst("#version").val();
        Document refused = refused(correction(version, "url", "javascript:alert(1)"));
        assertThat(refused.selectFirst("#url-error").text())
                .isEqualTo("Enter a web address starting with http:// or https://.");
        assertThat(refused.selectFirst("#url").val()).isEqualTo("javascript:alert(1)");
        assertThat(refused(correction(version, "publishedOn", "")).selectFirst("#publishedOn-error").text())
                .contains("The source gives no date");
        assertThat(refused(correction(version, "publishedOn", "1 Oct")).selectFirst("#publishedOn-error"))
                .isNotNull();
        Document duplicate = refused(correction(version, "title", "Withdrawal Co annual filing",
                "url", "https://example.com/filing"));
        assertThat(duplicate.selectFirst("#title-error").text()).contains("recorded already");
        assertThat(duplicate.selectFirst(".duplicate-source a").attr("href")).isEqualTo("/sources/" + data.sound().getId());
        Document chinese = refused(correction(version, "title", " ").param("lang", "zh-CN"));
        assertThat(chinese.selectFirst("#title-error").text()).isEqualTo("请用英文或中文填写，也可以两种都填。");
        assertThat(page(path(), null).selectFirst("h1").text()).isEqualTo(Discredited.TITLE);
    }

    /** A title is required in one language, either; the page reads the reader's, or marks the other one. */
    @Test
    void aSourceTitledInChineseOnlyIsSavedAndTheEnglishPageMarksIt() throws Exception {
        String version = page(path() + "/edit", EDITOR).selectFirst("#version").val();
        Document neither = refused(correction(version, "title", " ", "titleZh", " ", "publisherZh", "某研究机构"));
        assertThat(neither.selectFirst("#title-error").text()).isEqualTo("Give it in English or in Chinese, or both.");
        assertThat(neither.selectFirst("#publisherZh").val()).isEqualTo("某研究机构");
        assertThat(page(path(), null).selectFirst("h1").text()).isEqualTo(Discredited.TITLE);

        assertThat(status(correction(version, "title", "", "titleZh", "某研究机构年度报告", "publisherZh", "某研究机构")))
                .isEqualTo(302);

        Document english = page(path(), null);
        assertThat(english.selectFirst("h1 [lang=zh]").text()).isEqualTo("某研究机构年度报告");
        assertThat(english.selectFirst("h1 .fallback-note").text()).isEqualTo("(Chinese only)");
        Document chinese = page(path() + "?lang=zh-CN", null);
        assertThat(chinese.selectFirst("h1").text()).isEqualTo("某研究机构年度报告");
        assertThat(chinese.selectFirst(".source-publisher").text()).isEqualTo("某研究机构");
        assertThat(chinese.select("h1 [lang], h1 .fallback-note")).isEmpty();
    }

    @Test
    void onlyEditorsCorrectASource() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(get(path() + "/edit")).andReturn().getResponse();
        assertThat(anonymous.getRedirectedUrl()).isEqualTo("/login");
        assertThat(status(get(path() + "/edit").with(user("ann").roles("READER")))).isEqualTo(403);
        String version = page(path() + "/edit", EDITOR).selectFirst("#version").val();
        assertThat(status(post(path()).with(csrf()).param("title", "Taken over").param("version", version)))
                .isEqualTo(302);
        assertThat(status(post(path()).with(user("ann").roles("READER")).with(csrf()).param("title", "Taken over")
                .param("version", version))).isEqualTo(403);
        assertThat(status(post(path()).with(EDITOR).param("title", "No token").param("version", version)))
                .isEqualTo(403);
        assertThat(page(path(), null).selectFirst("h1").text()).isEqualTo(Discredited.TITLE);
    }

    /** The source's form as it stands, sent with the version given and some fields changed (name, value, …). */
    private MockHttpServletRequestBuilder correction(String version, String... changed) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("title", Discredited.TITLE, "publisher", "",
                "url", "https://example.com/discredited", "publishedOn", "2026-10-01", "language", "EN",
                "kind", "THIRD_PARTY_DATA", "archiveUrl", "", "version", version));
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path()).with(EDITOR).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private Document refused(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        return Jsoup.parse(response.getContentAsString());
    }

    private String path() {
        return "/sources/" + data.source().getId();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
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

    /** A move as the page writes it, from the two scores in the tenths the page shows them in. */
    private static String signed(double before, double after) {
        java.math.BigDecimal move = java.math.BigDecimal.valueOf(Math.round(after * 10), 1)
                .subtract(java.math.BigDecimal.valueOf(Math.round(before * 10), 1));
        return (move.signum() > 0 ? "+" : move.signum() < 0 ? "−" : "±") + move.abs().toPlainString();
    }
}
