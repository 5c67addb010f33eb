package ai.scorecard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Submits a form of a page as a browser would: every field with its value as rendered, some changed. */
public final class Forms {

    private Forms() {
    }

    /**
     * The request that submitting the page's form (the first matching {@code selector}) makes, with
     * {@code changes} typed over the rendered values. The CSRF token is the test's own, as MockMvc
     * keeps no session between requests.
     */
    public static MockHttpServletRequestBuilder submit(Document page, String selector, Map<String, String> changes) {
        FormElement form = (FormElement) page.selectFirst(selector);
        if (form == null) {
            throw new AssertionError("no form " + selector + " on the page");
        }
        MockHttpServletRequestBuilder request = post(form.attr("action")).with(csrf());
        form.formData().stream()
                .filter(field -> !field.key().equals("_csrf") && !changes.containsKey(field.key()))
                .forEach(field -> request.param(field.key(), field.value()));
        changes.forEach(request::param);
        return request;
    }
}
