package ai.scorecard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.FactLedger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access rule checked against what the application really maps, not a hand-kept list of URLs: every
 * handler, for every method it accepts (and HEAD where it accepts GET), is asked anonymously; only the
 * reading pages below may answer, everything else must send the reader to sign in or refuse. A new
 * controller method that the rule forgets fails here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class MappedAccessTest {

    /** What an anonymous reader may GET (and HEAD). Any other method on these paths is refused too. */
    static final Set<String> READING_PAGES = Set.of("/", "/login", "/companies", "/companies/{slug}",
            "/companies/{slug}/history", "/companies/{slug}/score-history", "/compare/score-history", "/products",
            "/products/{slug}", "/products/{slug}/history", "/compare",
            "/styles", "/rankings", "/methodology", "/search", "/sources", "/sources/{id}", "/sources/{id}/history",
            "/changes", "/changes.atom", "/companies/{slug}/changes.atom", "/methodology/diff",
            // Spring Boot's error controller: asked directly it answers 404 (see web.WebConfig).
            "/error",
            // The read-only JSON API (what no endpoint answers under it is a 404 or 405 problem), its OpenAPI document
            // and browsable page, and the downloads.
            "/api/v1/companies", "/api/v1/companies/{slug}", "/api/v1/companies/{slug}/facts", "/api/v1/products",
            "/api/v1/products/{slug}", "/api/v1/products/{slug}/facts", "/api/v1/scores", "/api/v1/compare",
            "/api/v1/methodology", "/api/v1/methodology/{version}", "/api/v1/**", "/v3/api-docs",
            "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/api", "/export/companies.{format}",
            "/export/products.{format}", "/export/facts.{format}", "/export/sources.{format}",
            "/export/scores.{format}");

    static final Set<RequestMethod> READING_METHODS = EnumSet.of(RequestMethod.GET, RequestMethod.HEAD);

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Catalog catalog;
    @Autowired
    FactLedger ledger;

    @Autowired
    PathMappedEndpoints endpoints;

    @Test
    void noMappedHandlerOutsideTheReadingPagesAnswersAnAnonymousReader() throws Exception {
        Map<String, String> facts = Map.of(
                "products", String.valueOf(ledger.ledgerOf(catalog.product("trae").orElseThrow()).get(0).getId()),
                "companies", String.valueOf(ledger.ledgerOf(catalog.company("bytedance").orElseThrow()).get(0).getId()),
                "sources", String.valueOf(ledger.ledgerOf(catalog.product("trae").orElseThrow()).get(0).getSource()
                        .getId()));
        Set<String> mapped = new TreeSet<>();
        List<String> open = new ArrayList<>();
        int asked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            for (String pattern : info.getPatternValues()) {
                mapped.add(pattern);
                for (RequestMethod method : methodsOf(info)) {
                    boolean reading = READING_PAGES.contains(pattern) && READING_METHODS.contains(method);
                    for (String path : concrete(pattern, facts)) {
                        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method.name()), path);
                        // A token, so that what refuses a write is the access rule and not the CSRF check.
                        MockHttpServletResponse response = mvc.perform(request.with(csrf())).andReturn().getResponse();
                        asked++;
                        String answer = method + " " + path + " (" + mapping.getValue().getShortLogMessage() + "): "
                                + response.getStatus() + " " + response.getRedirectedUrl();
                        if (response.getStatus() >= 500) {
                            open.add(answer + " — a server error");
                        } else if (!reading && !refused(response)) {
                            open.add(answer);
                        }
                    }
                }
            }
        }
        assertThat(open).as("handlers an anonymous reader reached").isEmpty();
        assertThat(mapped).as("every reading page is still mapped").containsAll(READING_PAGES);
        assertThat(asked).isGreaterThan(60);
    }

    /**
     * The actuator maps its endpoints apart from the controllers above. Each exposed endpoint, a path below it
     * and the list of them (switched off: nothing there) are asked anonymously with every method: only health
     * may answer, and only to GET and HEAD. An endpoint exposed later without a rule of its own fails here.
     */
    @Test
    void noExposedActuatorEndpointButHealthAnswersAnAnonymousReader() throws Exception {
        String health = endpoints.getPath(EndpointId.of("health"));
        List<String> paths = new ArrayList<>(List.of(endpoints.getBasePath()));
        for (String path : endpoints.getAllPaths()) {
            paths.add(path);
            paths.add(path + "/below");
        }
        List<String> open = new ArrayList<>();
        for (String path : paths) {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
                    HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS)) {
                MockHttpServletResponse response = mvc.perform(request(method, path).with(csrf())).andReturn()
                        .getResponse();
                boolean reading = path.startsWith(health)
                        && READING_METHODS.contains(RequestMethod.valueOf(method.name()));
                boolean nothingThere = response.getStatus() == 404;
                if (response.getStatus() >= 500 || !reading && !refused(response) && !nothingThere) {
                    open.add(method + " " + path + ": " + response.getStatus() + " " + response.getRedirectedUrl());
                }
            }
        }
        assertThat(open).as("actuator endpoints an anonymous reader reached").isEmpty();
        assertThat(paths).as("exposed").contains(health, "/actuator/metrics");
    }

    private static boolean refused(MockHttpServletResponse response) {
        return response.getStatus() == 302 && "/login".equals(response.getRedirectedUrl())
                || response.getStatus() == 401 || response.getStatus() == 403;
    }

    /** The methods a mapping accepts: all of them when it names none; HEAD wherever GET is. */
    private static Set<RequestMethod> methodsOf(RequestMappingInfo info) {
        Set<RequestMethod> methods = new LinkedHashSet<>(info.getMethodsCondition().getMethods());
        if (methods.isEmpty()) {
            methods.addAll(EnumSet.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST, RequestMethod.PUT,
                    RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.OPTIONS));
        }
        if (methods.contains(RequestMethod.GET)) {
            methods.add(RequestMethod.HEAD);
        }
        return methods;
    }

    /** Real slugs, fact and source ids and usernames in place of the path variables (a dispute's need not exist). */
    private static List<String> concrete(String pattern, Map<String, String> facts) {
        List<String> paths = new ArrayList<>();
        List<String> kinds = pattern.contains("{kind:") ? List.of("products", "companies") : List.of("");
        for (String kind : kinds) {
            String path = pattern.replaceAll("\\{kind:[^}]*}", kind);
            boolean product = path.startsWith("/products");
            path = path.replace("{slug}", product ? "trae" : "bytedance")
                    .replace("{id}", facts.get(path.startsWith("/sources") ? "sources" : product ? "products"
                            : "companies"))
                    .replace("{disputeId}", "1")
                    .replace("{kind}", "facts")
                    .replace("{username}", "admin")
                    .replace("{version}", "1")
                    .replace("{format}", "csv");
            assertThat(path).as("a path variable this test does not know how to fill: " + pattern)
                    .doesNotContain("{");
            paths.add(path);
        }
        return paths;
    }
}
