package ai.scorecard.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every reading page, asked with hostile query parameters (alone, repeated, or unknown) and hostile
 * path segments: the answer is a page or a 4xx that says what was wrong, never a server error or a
 * trace, and nothing is stored.
 */
class HostileQueryPropertyTest {

    /** Each reading page and the parameters it reads; every page also reads {@code lang}. */
    static final Map<String, List<String>> PAGES = Map.of(
            "/", List.of("lang"),
            "/products", List.of("company", "category", "stage", "q", "sort", "dir", "page", "size", "lang"),
            "/companies", List.of("lang"),
            "/compare", List.of("left", "right", "lens", "version", "lang"),
            "/styles", List.of("lens", "lang"),
            "/rankings", List.of("category", "lens", "page", "lang"),
            "/methodology", List.of("version", "lang"),
            "/products/doubao", List.of("lang"),
            "/companies/bytedance/history", List.of("lang"),
            "/search", List.of("q", "lang"));

    /** Pages with a slug or an id in the path; {@code {}} is the hostile segment. */
    static final List<String> PATHS = List.of("/products/{}", "/companies/{}", "/products/{}/history",
            "/companies/{}/history", "/products/{}/edit", "/companies/{}/edit", "/products/{}/facts/new",
            "/companies/{}/facts/new", "/products/{}/delete", "/products/doubao/facts/{}/supersede",
            "/products/doubao/facts/{}/retract", "/compare/{}", "/methodology/{}");

    record Ask(String page, String parameter, List<String> values) {

        @Override
        public String toString() {
            return page + "?" + parameter + "=" + values.stream()
                    .map(v -> v.length() > 80 ? v.substring(0, 40) + "…(" + v.length() + " chars)" : v).toList();
        }
    }

    @Property(tries = 200)
    void readingPagesAnswerAnyQuery(@ForAll("asks") List<Ask> asks, @ForAll boolean signedIn) throws Exception {
        String page = asks.get(0).page();
        MockHttpServletRequestBuilder request = get(page);
        for (Ask ask : asks) {
            request.param(ask.parameter(), ask.values().toArray(String[]::new));
        }
        if (signedIn) {
            request.with(user("erin").roles("EDITOR"));
        }
        answerSafely(request, "GET " + asks);
    }

    @Property(tries = 150)
    void pathsAnswerAnySegment(@ForAll("paths") String path, @ForAll("segments") String segment) throws Exception {
        MockHttpServletRequestBuilder request = get(path.replace("{}", "{segment}"), segment)
                .with(user("erin").roles("EDITOR"));
        answerSafely(request, "GET " + path + " with " + segment);
    }

    private static void answerSafely(MockHttpServletRequestBuilder request, String described) throws Exception {
        SharedContext.rolledBack(() -> {
            Map<String, Integer> before = SharedContext.rowCounts();
            MvcResult result = SharedContext.mvc().perform(request).andReturn();
            Answers.safe(result, described);
            assertThat(SharedContext.rowCounts()).as("rows after %s", described).isEqualTo(before);
            return null;
        });
    }

    @Provide
    Arbitrary<List<Ask>> asks() {
        return Arbitraries.of(List.copyOf(PAGES.keySet())).flatMap(page -> {
            Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(PAGES.get(page)),
                    Arbitraries.of("unknown", "page[]", "_csrf", "lang"));
            Arbitrary<List<String>> values = Arbitraries.oneOf(Hostile.anything(), meaningful())
                    .list().ofMinSize(1).ofMaxSize(3);
            return Combinators.combine(names, values).as((name, given) -> new Ask(page, name, given))
                    .list().ofMinSize(1).ofMaxSize(4);
        });
    }

    /** Values a page knows, so that hostile ones meet them in the same request. */
    static Arbitrary<String> meaningful() {
        return Arbitraries.of("bytedance", "alibaba", "doubao", "official", "execution", "assistant-app",
                "ASSISTANT_APP", "launched", "name", "score", "desc", "1", "2", "0", "-1", "3", "zh-CN", "en", "xx-YY");
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of(PATHS);
    }

    @Provide
    Arbitrary<String> segments() {
        return Arbitraries.oneOf(Hostile.anything(), Arbitraries.of("doubao", "bytedance", "1", "-1",
                "9223372036854775808", "DOUBAO", "doubao ", "%", "%2F", "..", "doubao;jsessionid=1"));
    }
}
