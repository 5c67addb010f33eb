package ai.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.Dispute;
import ai.scorecard.fact.DisputeDraft;
import ai.scorecard.fact.DisputeOutcome;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.RightOfReply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Renders every kind of page and checks it with the Nu HTML Checker in-process (offline: the schemas are bundled
 * in the validator jar). Errors fail the test; warnings do not. Each page is also written to target/html.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class HtmlValidityTest {

    static final Path OUT = Path.of("target", "html");

    static SimpleDocumentValidator validator;
    static final Collector collector = new Collector();

    @Autowired
    MockMvc mvc;

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;

    @Autowired
    RightOfReply disputes;

    @BeforeAll
    static void setUpChecker() throws Exception {
        Files.createDirectories(OUT);
        // no log4j initialisation, no URL logging, no language detection
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    static Stream<Arguments> readerPages() {
        List<Arguments> pages = new ArrayList<>();
        Object[][] urls = {
                {"/", 200},
                {"/companies", 200},
                {"/companies/bytedance", 200},
                {"/products", 200},
                {"/products?category=coding-tool&sort=stage&dir=desc&size=5", 200},
                {"/products/doubao", 200},
                {"/compare", 200},
                {"/compare?left=tencent&right=alibaba&lens=growth-first", 200},
                {"/compare?lens=official", 200},
                {"/compare?lens=monetization-first", 200},
                {"/compare?lens=growth-first", 200},
                {"/compare?lens=capability-first", 200},
                {"/compare?left=alibaba&right=alibaba", 400},
                {"/styles", 200},
                {"/rankings", 200},
                {"/rankings?category=coding-tool", 200},
                {"/methodology", 200},
                {"/login", 200},
                {"/products/no-such", 404},
                {"/products?page=abc", 400},
                {"/products/doubao/history", 200},
                {"/companies/alibaba/history", 200},
                {"/companies/bytedance/score-history", 200},
                {"/companies/bytedance/score-history?historyRules=then", 200},
                {"/compare/score-history?left=bytedance&right=alibaba&lens=growth-first", 200},
                {"/search", 200},
                {"/search?q=doubao", 200},
                {"/search?q=字节", 200},
                {"/search?q=nothing-is-called-this", 200},
                {"/search?q=" + "a".repeat(201), 400},
                {"/search?q=article", 200},
                {"/sources", 200},
                {"/sources?q=gate&sort=title", 200},
                {"/sources/1", 200},
                {"/sources/1/history", 200},
                {"/sources/987654321", 404},
                {"/products/doubao?disputed=exclude", 200},
                {"/companies/bytedance?disputed=exclude", 200},
                {"/compare?disputed=exclude", 200},
                {"/rankings?category=assistant-app&disputed=exclude", 200},
                {"/changes", 200},
                {"/changes?from=2026-11-01&to=2026-12-01&company=bytedance", 200},
                {"/changes?from=2026-12-01&to=2026-11-01", 400},
                {"/methodology/diff?from=1&to=2", 200},
                {"/methodology/diff?from=1&to=99", 404},
        };
        for (Object[] url : urls) {
            pages.add(Arguments.of(url[0], url[1]));
        }
        for (Object[] url : urls) {
            String u = (String) url[0];
            pages.add(Arguments.of(u + (u.contains("?") ? "&" : "?") + "lang=zh-CN", url[1]));
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readerPages")
    void readerPagesAreValid(String url, int status) throws Exception {
        check(url, get(url), status);
    }

    static Stream<Arguments> editorPages() {
        return Stream.of("/companies/new", "/companies/bytedance/edit", "/products/new", "/products/doubao/edit",
                        "/products/doubao/delete", "/products/doubao/facts/new", "/companies/bytedance/facts/new",
                        "/products/new?lang=zh-CN", "/products/doubao/facts/new?lang=zh-CN", "/sources/1/edit",
                        "/sources/1/retract", "/sources/1/edit?lang=zh-CN", "/sources/1/retract?lang=zh-CN", "/import",
                        "/import?lang=zh-CN")
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editorPages")
    @WithMockUser(username = "erin", roles = "EDITOR")
    void editorPagesAreValid(String url) throws Exception {
        check(url, get(url), 200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedForms")
    @WithMockUser(username = "erin", roles = "EDITOR")
    void formsShowingTheirErrorsAreValid(String name, MockHttpServletRequestBuilder request) throws Exception {
        check(name, request, 422);
    }

    static Stream<Arguments> refusedForms() {
        return Stream.of(
                Arguments.of("POST /products (invalid)", post("/products").with(csrf()).param("slug", "Bad Slug")
                        .param("company", "nobody").param("nameEn", " ").param("category", "TOASTER")
                        .param("stage", "LAUNCHED").param("weight", "MINOR").param("launchDate", "31/12/2025")),
                Arguments.of("POST /products/doubao/facts (invalid)", post("/products/doubao/facts").with(csrf())
                        .param("metric", "DAU").param("value", "").param("qualifier", "ABOUT")
                        .param("asOf", "2099-01-01").param("provenance", "THIRD_PARTY").param("sourceTitle", "").param("sourceLanguage", "EN").param("sourceKind", "PRESS")
                        .param("sourceUrl", "not a url").param("sourceDate", "").param("claim", "")),
                Arguments.of("POST /sources/1 (invalid)", post("/sources/1").with(csrf()).param("title", " ")
                        .param("url", "not a url").param("publishedOn", "31/12/2025").param("language", "EN")
                        .param("kind", "PRESS").param("version", "0")),
                Arguments.of("POST /sources/1/retract (invalid)", post("/sources/1/retract").with(csrf())
                        .param("reason", " ")));
    }

    /** A fact with a dispute: where readers see it, and the editors' forms that record and resolve it. */
    @Test
    @WithMockUser(username = "erin", roles = "EDITOR")
    void pagesShowingADisputeAndItsFormsAreValid() throws Exception {
        Fact fact = ledger.ledgerOf(catalog.product("doubao").orElseThrow()).stream().filter(Fact::isCurrent)
                .findFirst().orElseThrow();
        Dispute dispute = ((DisputeOutcome.Done) disputes.dispute(fact.getId(), new DisputeDraft("ByteDance <press>",
                "字节跳动", fact.getSource(), "Monthly, not daily.", null))).dispute();
        String factPath = "/products/doubao/facts/" + fact.getId();
        for (String language : List.of("", "?lang=zh-CN")) {
            for (String url : List.of("/products/doubao", "/companies/bytedance", "/products/doubao/history",
                    factPath + "/dispute", factPath + "/disputes/" + dispute.getId() + "/resolve")) {
                check("disputed " + url + language, get(url + language), 200);
            }
            check("POST " + factPath + "/dispute (invalid)" + language, post(factPath + "/dispute" + language)
                    .with(csrf()).param("disputedBy", " ").param("note", "").param("sourceTitle", " "), 422);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    @WithMockUser(username = "ada", roles = "ADMIN")
    void adminPagesAreValid(String url) throws Exception {
        check(url, get(url), 200);
    }

    static Stream<Arguments> adminPages() {
        return Stream.of("/admin/accounts", "/methodology/drafts/new").map(Arguments::of);
    }

    private void check(String name, MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        byte[] body = response.getContentAsByteArray();
        Files.write(OUT.resolve(fileName(name)), body);
        assertThat(response.getStatus()).as(name).isEqualTo(status);
        assertThat(response.getContentType()).as(name).startsWith("text/html");

        InputSource source = new InputSource(new ByteArrayInputStream(body));
        String charset = response.getCharacterEncoding();
        source.setEncoding(charset == null ? StandardCharsets.UTF_8.name() : charset);
        source.setSystemId(name);
        List<String> errors;
        synchronized (collector) {
            collector.errors.clear();
            validator.checkHtmlInputSource(source);
            errors = List.copyOf(collector.errors);
        }
        assertThat(errors).as("HTML errors in %s (see %s)", name, OUT.resolve(fileName(name))).isEmpty();
        // The Content-Security-Policy refuses inline styles and scripts: each would be lost, and reported.
        Document page = Jsoup.parse(new String(body, StandardCharsets.UTF_8));
        assertThat(page.select("[style]").eachAttr("style")).as("style attributes in %s", name).isEmpty();
        assertThat(page.select("script:not([src]), style").eachText()).as("inline script or style in %s", name)
                .isEmpty();
        assertThat(page.select("head meta[name=description]").attr("content")).as("description of %s", name)
                .isNotBlank();
        if (status == 200) {
            assertThat(page.select("head link[rel=canonical]").attr("href")).as("canonical address of %s", name)
                    .startsWith("http://localhost/").containsPattern("lang=(en|zh-CN)");
        }
        assertThat(page.getAllElements().stream().flatMap(element -> element.attributes().asList().stream())
                .map(org.jsoup.nodes.Attribute::getKey).filter(key -> key.startsWith("on")).toList())
                .as("inline event handlers in %s", name).isEmpty();
    }

    private static String fileName(String name) {
        return name.replaceFirst("^(GET|POST) ", "").replaceFirst("^/(?=\\?|$)", "/home").replaceAll("[^A-Za-z0-9.-]+", "_").replaceAll("^_|_$", "")
                .transform(s -> s.isEmpty() ? "home" : s) + ".html";
    }

    /** Keeps errors and fatal errors, with where they are; ignores warnings. */
    static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(describe(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(describe(e));
        }

        private static String describe(SAXParseException e) {
            return e.getSystemId() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }
}
