package ai.scorecard.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Nobody signed in reaches an editing page or action, whatever the HTTP method: HEAD, PUT, DELETE and
 * PATCH included. The answer may send to sign-in, refuse or not know the method; it is never a 2xx.
 */
class EditingMethodsPropertyTest {

    static final List<String> EDITING = List.of("/products/new", "/products", "/products/doubao/edit",
            "/products/doubao", "/products/doubao/delete", "/companies/new", "/companies", "/companies/bytedance/edit",
            "/companies/bytedance", "/products/doubao/facts/new", "/products/doubao/facts",
            "/companies/tencent/facts/new", "/companies/tencent/facts", "/methodology/drafts/new", "/methodology/drafts",
            "/admin/accounts", "/admin/accounts/admin/role", "/admin/accounts/admin/enabled",
            "/admin/accounts/admin/password");

    @Property(tries = 150)
    void anonymousRequestsNeverReachAnEditingController(@ForAll("methods") HttpMethod method,
            @ForAll("editingPaths") String path, @ForAll boolean withCsrfToken) throws Exception {
        // Reading pages answer GET and HEAD to anyone; only editing actions are checked for those methods.
        if ((method == HttpMethod.GET || method == HttpMethod.HEAD) && (path.equals("/products")
                || path.equals("/companies") || path.equals("/products/doubao") || path.equals("/companies/bytedance"))) {
            return;
        }
        MockHttpServletRequestBuilder request = request(method, path);
        if (withCsrfToken) {
            request.with(csrf());
        }
        SharedContext.rolledBack(() -> {
            MvcResult result = SharedContext.mvc().perform(request).andReturn();
            assertThat(result.getResponse().getStatus() / 100).as("%s %s answered %s to nobody signed in", method,
                    path, result.getResponse().getStatus()).isNotEqualTo(2);
            return null;
        });
    }

    @Provide
    Arbitrary<HttpMethod> methods() {
        return Arbitraries.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE,
                HttpMethod.PATCH);
    }

    @Provide
    Arbitrary<String> editingPaths() {
        return Arbitraries.of(EDITING);
    }
}
