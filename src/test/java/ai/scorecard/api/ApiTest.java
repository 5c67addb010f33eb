package ai.scorecard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an analyst's program reads from the API: records, pages of products, facts with sources, problems. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ApiTest {

    static final List<String> ENDPOINTS = List.of("/api/v1/companies", "/api/v1/companies/{slug}",
            "/api/v1/companies/{slug}/facts", "/api/v1/products", "/api/v1/products/{slug}",
            "/api/v1/products/{slug}/facts", "/api/v1/scores", "/api/v1/compare", "/api/v1/methodology",
            "/api/v1/methodology/{version}");

    @Autowired
    MockMvc mvc;

    @Test
    void companiesAreTheListPagesCompaniesWithBothNames() throws Exception {
        JsonNode companies = json("/api/v1/companies");
        Document page = Jsoup.parse(mvc.perform(get("/companies")).andReturn().getResponse().getContentAsString());
        assertThat(companies.get("count").asInt()).isEqualTo(page.select("tr.company").size()).isGreaterThan(3);
        JsonNode bytedance = companies.get("items").valueStream()
                .filter(company -> company.get("slug").asString().equals("bytedance")).findFirst().orElseThrow();
        assertThat(bytedance.get("name_en").asString()).isEqualTo("ByteDance");
        assertThat(bytedance.get("name_zh").asString()).isEqualTo("字节跳动");
        assertThat(bytedance.get("product_count").isNumber()).isTrue();
        assertThat(bytedance.get("product_count").asInt()).isEqualTo(Integer.parseInt(page.select("tr.company")
                .stream().filter(row -> row.selectFirst("a").attr("href").equals("/companies/bytedance")).findFirst()
                .orElseThrow().selectFirst(".product-count").text()));
    }

    @Test
    void productsAreFilteredAndPagedAsOnThePage() throws Exception {
        String query = "?company=bytedance&sort=launched&dir=desc&size=3&page=2";
        JsonNode products = json("/api/v1/products" + query);
        Document page = Jsoup.parse(mvc.perform(get("/products" + query)).andReturn().getResponse()
                .getContentAsString());
        assertThat(products.get("items").valueStream().map(product -> product.get("slug").asString()).toList())
                .hasSize(3)
                .isEqualTo(page.select("tr.product").eachAttr("data-slug"));
        assertThat(products.get("page").asInt()).isEqualTo(2);
        assertThat(products.get("size").asInt()).isEqualTo(3);
        assertThat(page.selectFirst(".result-count").text()).startsWith(products.get("total_items").asString() + " ");
        assertThat(products.get("total_pages").asInt())
                .isEqualTo((products.get("total_items").asInt() + 2) / 3);
        JsonNode first = products.get("items").get(0);
        assertThat(first.get("company").asString()).isEqualTo("bytedance");
        assertThat(first.has("launch_date")).isTrue();
        assertThat(first.get("category").asString()).matches("[A-Z_]+");
    }

    @Test
    void aProductsFactsCarryTheirSourcesAsObjectsAndTheHistoryOnlyWhenAsked() throws Exception {
        JsonNode current = json("/api/v1/products/doubao/facts");
        assertThat(current.get("subject_type").asString()).isEqualTo("product");
        assertThat(current.get("items").size()).isPositive();
        JsonNode fact = current.get("items").get(0);
        assertThat(fact.get("status").asString()).isEqualTo("current");
        assertThat(fact.get("as_of").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(fact.get("recorded_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        JsonNode source = fact.get("source");
        assertThat(source.get("id").isNumber()).isTrue();
        assertThat(source.get("title").asString()).isNotBlank();
        assertThat(source.get("kind").asString()).isNotBlank();
        assertThat(source.has("url")).isTrue();
        assertThat(source.has("date")).isTrue();
        // A level metric has no value: null, not 0 and not absent.
        assertThat(current.get("items").valueStream().filter(f -> !f.get("level").isNull()))
                .allSatisfy(f -> assertThat(f.get("value").isNull()).isTrue());
        assertThat(current.get("items").valueStream().filter(f -> f.get("level").isNull()))
                .allSatisfy(f -> assertThat(f.get("value").isNumber()).isTrue());

        JsonNode company = json("/api/v1/companies/bytedance/facts?history=true");
        assertThat(company.get("history").asBoolean()).isTrue();
        assertThat(company.get("items").valueStream().map(f -> f.get("subject").asString()).distinct())
                .containsExactly("bytedance");
    }

    @Test
    void aProductsDetailHasItsScoreAndEveryIndicator() throws Exception {
        JsonNode doubao = json("/api/v1/products/doubao");
        assertThat(doubao.get("product").get("name_zh").asString()).isEqualTo("豆包");
        assertThat(doubao.get("basis").get("lens").asString()).isEqualTo("official");
        assertThat(doubao.get("basis").get("as_of").asString()).isEqualTo("2026-12-01");
        assertThat(doubao.get("score").get("coverage").isNumber()).isTrue();
        assertThat(doubao.get("indicators").size()).isGreaterThan(5);
        assertThat(doubao.get("indicators").valueStream().filter(i -> i.get("points").isNull()))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("unknown_reason").asString()).isNotBlank());
    }

    @Test
    void theMethodologyIsPublishedVersionByVersion() throws Exception {
        JsonNode current = json("/api/v1/methodology");
        assertThat(current.get("current").asBoolean()).isTrue();
        int version = current.get("version").asInt();
        assertThat(current.get("lenses").valueStream().map(lens -> lens.get("code").asString()))
                .contains("official", "monetization-first", "growth-first", "capability-first");
        assertThat(current.get("versions").size()).isEqualTo(version);
        JsonNode first = json("/api/v1/methodology/1");
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("current").asBoolean()).isEqualTo(version == 1);
        assertThat(first.get("evidence_rule").get("min_sourced_facts").asInt()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/scores?lens=nonsense | 400 | lens | There is no lens “nonsense”. Choose one from the list.",
            "/api/v1/scores?version=99 | 404 | version | There is no methodology version 99.",
            "/api/v1/scores?version=two | 400 | version | The value “two” is not allowed for “version”.",
            "/api/v1/compare?left=bytedance&right=nobody | 404 | right | There is no company “nobody”. Choose one from the lists.",
            "/api/v1/compare?left=alibaba&right=alibaba | 400 | right | You chose Alibaba twice. Choose two different companies.",
            "/api/v1/compare?left=alibaba | 400 | right | The parameter “right” is missing.",
            "/api/v1/companies/nobody | 404 | slug | There is no company “nobody”. Choose one from the lists.",
            "/api/v1/products/nothing/facts | 404 | slug | There is no product “nothing”.",
            "/api/v1/products?size=1000 | 400 | size | The value “1000” is not allowed for “size”.",
            "/api/v1/products?category=toys | 400 | category | The value “toys” is not allowed for “category”.",
            "/api/v1/methodology/99 | 404 | version | There is no methodology version 99.",
            "/api/v1/nowhere | 404 | | The API has no such address. Its endpoints are listed at /api."})
    void refusalsAreProblemDetailsWithThePagesMessages(String path, int status, String parameter, String detail)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        JsonNode problem = JsonMapper.shared().readTree(response.getContentAsString());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isEqualTo(detail);
        assertThat(problem.get("instance").asString()).isEqualTo(path.replaceAll("\\?.*", ""));
        if (parameter != null) {
            assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        }
    }

    @Test
    void aProblemIsSaidInTheReadersLanguage() throws Exception {
        JsonNode problem = JsonMapper.shared().readTree(mvc.perform(get("/api/v1/scores?lens=nonsense&lang=zh-CN"))
                .andReturn().getResponse().getContentAsString());
        assertThat(problem.get("detail").asString()).isEqualTo("没有名为“nonsense”的视角。请从列表中选择。");
    }

    @Test
    void theApiOnlyReads() throws Exception {
        for (String path : List.of("/api/v1/companies", "/api/v1/products/doubao", "/api/v1/scores")) {
            MockHttpServletResponse anonymous = mvc.perform(post(path).with(csrf())).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as(path).isIn(302, 401, 403);
            MockHttpServletResponse editor = mvc.perform(post(path).with(csrf()).with(user("erin").roles("EDITOR")))
                    .andReturn().getResponse();
            assertThat(editor.getStatus()).as(path).isEqualTo(405);
            assertThat(editor.getContentType()).startsWith("application/problem+json");
            assertThat(editor.getHeader(HttpHeaders.ALLOW)).isEqualTo("GET, HEAD");
        }
    }

    @Test
    void aConditionalGetWithTheEtagIsNotModified() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/api/v1/scores?lens=growth-first")).andReturn().getResponse();
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(etag).matches("\"v1-\\d+-\\d+-2026-12-01\"");
        assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=0, must-revalidate");
        MockHttpServletResponse again = mvc.perform(get("/api/v1/scores?lens=growth-first")
                .header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsString()).isEmpty();
        assertThat(again.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(mvc.perform(get("/api/v1/scores?lens=growth-first").header(HttpHeaders.IF_NONE_MATCH, "\"v1-0-0\""))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentListsEveryEndpointAndDescribesEveryField() throws Exception {
        JsonNode document = json("/v3/api-docs");
        assertThat(document.get("openapi").asString()).startsWith("3.");
        Set<String> paths = new TreeSet<>(document.get("paths").propertyNames());
        assertThat(paths).containsAll(ENDPOINTS).contains("/export/scores.{format}").doesNotContain("/compare",
                "/api/v1/**");
        for (String path : ENDPOINTS) {
            JsonNode get = document.get("paths").get(path).get("get");
            assertThat(get.get("responses").get("404").get("content").has("application/problem+json")).as(path).isTrue();
        }
        List<String> undescribed = new java.util.ArrayList<>();
        document.get("components").get("schemas").properties().forEach(schema -> {
            if (schema.getValue().has("properties")) {
                schema.getValue().get("properties").properties().forEach(property -> {
                    JsonNode description = property.getValue().get("description");
                    if (description == null || description.asString().isBlank()) {
                        undescribed.add(schema.getKey() + "." + property.getKey());
                    }
                });
            }
        });
        assertThat(undescribed).isEmpty();
        assertThat(document.get("components").get("schemas").get("ProductScoreRecord").get("properties"))
                .isNotNull();
        assertThat(new TreeSet<>(document.get("components").get("schemas").get("FactRecord").get("properties")
                .propertyNames())).contains("subject_type", "as_of", "as_of_basis", "source");
    }

    @Test
    void theApiIsBrowsableAtApiFromTheSitesOwnScripts() throws Exception {
        MockHttpServletResponse api = mvc.perform(get("/api")).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(302);
        assertThat(api.getRedirectedUrl()).isEqualTo("/swagger-ui/index.html");
        MockHttpServletResponse page = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self';");
        Document ui = Jsoup.parse(page.getContentAsString());
        assertThat(ui.select("script")).isNotEmpty().allSatisfy(script -> {
            assertThat(script.attr("src")).as("no inline script").isNotBlank().doesNotContain("//");
            assertThat(script.data()).isBlank();
        });
        String initializer = mvc.perform(get("/swagger-ui/swagger-initializer.js")).andReturn().getResponse()
                .getContentAsString();
        assertThat(initializer).contains("/v3/api-docs");
    }

    private JsonNode json(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).as(path).startsWith("application/json");
        return JsonMapper.shared().readTree(response.getContentAsString());
    }
}
