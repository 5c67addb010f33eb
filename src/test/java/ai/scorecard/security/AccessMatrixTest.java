package ai.scorecard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import ai.scorecard.fact.FactLedger;
import ai.scorecard.catalog.Catalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach which editing endpoint (and the actuator's metrics): anonymous readers, editors and
 * administrators, GET and POST.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AccessMatrixTest {

    enum Who { ANONYMOUS, EDITOR, ADMIN }

    enum Outcome { SIGN_IN, FORBIDDEN, ALLOWED, SERVER_ERROR }

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;
    @Autowired
    FactLedger ledger;

    @Test
    void everyEditingEndpointAnswersEachRoleAsItShould() throws Exception {
        long fact = ledger.ledgerOf(catalog.product("trae").orElseThrow()).get(0).getId();
        long companyFact = ledger.ledgerOf(catalog.product("trae").orElseThrow().getCompany()).get(0).getId();
        long source = ledger.ledgerOf(catalog.product("trae").orElseThrow()).get(0).getSource().getId();
        List<String> editorPages = List.of("/companies/new", "/companies/bytedance/edit", "/companies/bytedance/facts/new",
                "/companies/bytedance/facts/" + companyFact + "/supersede",
                "/companies/bytedance/facts/" + companyFact + "/retract",
                "/products/new", "/products/trae/edit", "/products/trae/delete", "/products/trae/facts/new",
                "/products/trae/facts/" + fact + "/supersede", "/products/trae/facts/" + fact + "/retract",
                "/products/trae/facts/" + fact + "/dispute", "/companies/bytedance/facts/" + companyFact + "/dispute",
                "/sources/" + source + "/edit", "/sources/" + source + "/retract", "/import",
                "/import/template/facts.csv", "/import/template/products.csv");
        List<String> editorPosts = List.of("/companies", "/companies/bytedance", "/companies/bytedance/facts",
                "/products", "/products/trae", "/products/trae/facts", "/products/trae/facts/" + fact + "/supersede",
                "/products/trae/facts/" + fact + "/retract", "/products/trae/facts/" + fact + "/dispute",
                "/products/trae/delete", "/sources/" + source,
                "/sources/" + source + "/retract", "/import", "/import/commit");
        List<String> adminPages = List.of("/admin/accounts", "/methodology/drafts/new", "/actuator/metrics",
                "/actuator/metrics/cache.gets");
        List<String> adminPosts = List.of("/admin/accounts", "/admin/accounts/admin/password", "/methodology/drafts");

        List<String> mismatches = new ArrayList<>();
        for (Who who : Who.values()) {
            for (String page : editorPages) {
                check(mismatches, who, get(page), who == Who.ANONYMOUS ? Outcome.SIGN_IN : Outcome.ALLOWED);
            }
            for (String target : editorPosts) {
                check(mismatches, who, post(target).with(csrf()), who == Who.ANONYMOUS ? Outcome.SIGN_IN : Outcome.ALLOWED);
            }
            Outcome admin = switch (who) {
                case ANONYMOUS -> Outcome.SIGN_IN;
                case EDITOR -> Outcome.FORBIDDEN;
                case ADMIN -> Outcome.ALLOWED;
            };
            for (String page : adminPages) {
                check(mismatches, who, get(page), admin);
            }
            for (String target : adminPosts) {
                check(mismatches, who, post(target).with(csrf()), admin);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /**
     * The rule used to name GET for editing pages and POST for writes, so HEAD on an editing form ran its
     * controller for anyone. No other method may reach an editing controller without signing in.
     */
    @Test
    void noOtherMethodReachesAnEditingControllerWithoutSigningIn() throws Exception {
        long fact = ledger.ledgerOf(catalog.product("trae").orElseThrow()).get(0).getId();
        List<String> answered = new ArrayList<>();
        List<String> editing = List.of("/companies/new", "/companies/bytedance/edit", "/companies/bytedance/facts/new",
                "/products/new", "/products/doubao/edit", "/products/trae/delete", "/products/trae/facts/new",
                "/products/trae/facts/" + fact + "/supersede", "/admin/accounts", "/admin/accounts/admin/password",
                "/methodology/drafts/new", "/methodology/drafts", "/sources/1/edit", "/sources/1/retract",
                "/import", "/import/commit", "/import/template/facts.csv");
        // Reading pages that are also written to: HEAD reads them, every other method is a write.
        List<String> readAndWritten = List.of("/companies", "/companies/bytedance", "/products", "/products/trae",
                "/sources/1");
        for (String path : java.util.stream.Stream.concat(editing.stream(), readAndWritten.stream()).toList()) {
            for (HttpMethod method : List.of(HttpMethod.HEAD, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE,
                    HttpMethod.OPTIONS)) {
                if (method == HttpMethod.HEAD && readAndWritten.contains(path)) {
                    continue;
                }
                MockHttpServletResponse response = mvc.perform(request(method, path).with(csrf())).andReturn()
                        .getResponse();
                boolean refused = response.getStatus() == 302 && "/login".equals(response.getRedirectedUrl())
                        || List.of(401, 403, 405).contains(response.getStatus());
                if (!refused) {
                    answered.add(method + " " + path + ": " + response.getStatus());
                }
            }
        }
        assertThat(answered).isEmpty();
    }

    /**
     * The JSON API, its document and the downloads are read by anyone and written by nobody: anonymous writes go to
     * sign-in, and even an administrator's are refused (405), since nothing there writes.
     */
    @Test
    void theApiAndTheDownloadsAnswerEveryoneAndOnlyRead() throws Exception {
        List<String> reads = List.of("/api/v1/companies", "/api/v1/companies/bytedance",
                "/api/v1/companies/bytedance/facts", "/api/v1/products", "/api/v1/products/trae",
                "/api/v1/products/trae/facts", "/api/v1/scores", "/api/v1/compare?left=bytedance&right=alibaba",
                "/api/v1/methodology", "/api/v1/methodology/1", "/v3/api-docs", "/export/companies.csv",
                "/export/products.xlsx", "/export/facts.csv", "/export/sources.xlsx", "/export/scores.csv");
        List<String> mismatches = new ArrayList<>();
        for (String path : reads) {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.HEAD)) {
                int status = mvc.perform(request(method, path)).andReturn().getResponse().getStatus();
                if (status != 200) {
                    mismatches.add("ANONYMOUS " + method + " " + path + ": " + status);
                }
            }
            for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
                Outcome anonymous = outcome(mvc.perform(request(method, path).with(csrf())).andReturn().getResponse());
                if (anonymous != Outcome.SIGN_IN && anonymous != Outcome.FORBIDDEN) {
                    mismatches.add("ANONYMOUS " + method + " " + path + ": " + anonymous);
                }
                int admin = mvc.perform(as(Who.ADMIN, request(method, path).with(csrf()))).andReturn().getResponse()
                        .getStatus();
                if (admin != 405) {
                    mismatches.add("ADMIN " + method + " " + path + ": " + admin);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedEvenForAnAdministrator() throws Exception {
        for (String target : List.of("/companies", "/products/trae", "/admin/accounts", "/logout", "/sources/1",
                "/sources/1/retract", "/import", "/import/commit")) {
            assertThat(mvc.perform(as(Who.ADMIN, post(target))).andReturn().getResponse().getStatus())
                    .as(target).isEqualTo(403);
        }
    }

    @Test
    void anAdministratorReadsHowEachCacheAnswers() throws Exception {
        JsonNode names = json(mvc.perform(as(Who.ADMIN, get("/actuator/metrics"))).andReturn().getResponse());
        assertThat(names.get("names").valueStream().map(JsonNode::asString))
                .contains("cache.gets", "cache.size", "cache.evictions");

        JsonNode gets = json(mvc.perform(as(Who.ADMIN, get("/actuator/metrics/cache.gets"))).andReturn()
                .getResponse());
        assertThat(gets.get("availableTags").valueStream().filter(tag -> tag.get("tag").asString().equals("cache"))
                .flatMap(tag -> tag.get("values").valueStream()).map(JsonNode::asString))
                .contains("standings", "comparisons");
        assertThat(gets.get("availableTags").valueStream().filter(tag -> tag.get("tag").asString().equals("result"))
                .flatMap(tag -> tag.get("values").valueStream()).map(JsonNode::asString))
                .contains("hit", "miss");
    }

    @Test
    void theMetricsAreRefusedToReadersWhileHealthIsNot() throws Exception {
        for (String metrics : List.of("/actuator/metrics", "/actuator/metrics/cache.gets")) {
            MockHttpServletResponse response = mvc.perform(get(metrics)).andReturn().getResponse();
            assertThat(outcome(response)).as(metrics).isEqualTo(Outcome.SIGN_IN);
            assertThat(response.getContentAsString()).as(metrics).doesNotContain("cache");
        }
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(request(HttpMethod.HEAD, "/actuator/health")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return JsonMapper.shared().readTree(response.getContentAsString());
    }

    @Test
    void readingNeedsNoAccount() throws Exception {
        for (String page : List.of("/", "/companies", "/companies/bytedance", "/products", "/products/trae",
                "/compare", "/styles", "/rankings", "/methodology", "/products/trae/history", "/login",
                "/search?q=doubao", "/sources", "/sources/1", "/sources/1/history")) {
            assertThat(mvc.perform(get(page)).andReturn().getResponse().getStatus()).as(page).isEqualTo(200);
        }
    }

    private void check(List<String> mismatches, Who who, MockHttpServletRequestBuilder request, Outcome expected)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(as(who, request)).andReturn().getResponse();
        Outcome actual = outcome(response);
        if (actual != expected) {
            mismatches.add(who + " " + request.buildRequest(new org.springframework.mock.web.MockServletContext())
                    .getMethod() + " " + describe(request) + ": expected " + expected + ", got " + actual + " ("
                    + response.getStatus() + ")");
        }
    }

    private static String describe(MockHttpServletRequestBuilder request) {
        return request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
    }

    private static Outcome outcome(MockHttpServletResponse response) {
        if (response.getStatus() == 302 && "/login".equals(response.getRedirectedUrl())) {
            return Outcome.SIGN_IN;
        }
        if (response.getStatus() == 403) {
            return Outcome.FORBIDDEN;
        }
        if (response.getStatus() >= 500) {
            return Outcome.SERVER_ERROR;
        }
        return Outcome.ALLOWED;
    }

    private static MockHttpServletRequestBuilder as(Who who, MockHttpServletRequestBuilder request) {
        return switch (who) {
            case ANONYMOUS -> request;
            case EDITOR -> request.with(user("erin").roles("EDITOR"));
            case ADMIN -> request.with(user("admin").roles("ADMIN"));
        };
    }
}
