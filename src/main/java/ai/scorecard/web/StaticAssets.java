package ai.scorecard.web;

import jakarta.servlet.ServletContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The addresses of the stylesheets, scripts and icon, each named by a hash of its content
 * ({@code /css/scorecard-5f1c….css}), so a browser may keep it for a year and still never use an old one.
 * Each address is worked out once, the first time a page asks for it, not on every request. Templates call
 * {@code th:with="asset=${@assets.url('/css/scorecard.css')}" th:href="${asset}"} (a link attribute may not
 * call a bean itself); the address includes the application's context path.
 */
@Component("assets")
class StaticAssets {

    private final ResourceUrlProvider urls;
    private final String contextPath;
    private final Map<String, String> hashed = new ConcurrentHashMap<>();

    StaticAssets(ResourceUrlProvider mvcResourceUrlProvider, ServletContext servletContext) {
        this.urls = mvcResourceUrlProvider;
        this.contextPath = servletContext.getContextPath();
    }

    /** The content-hashed address of a static file, or the path itself if it is not one. */
    public String url(String path) {
        return hashed.computeIfAbsent(path, unhashed -> {
            String url = urls.getForLookupPath(unhashed);
            return contextPath + (url == null ? unhashed : url);
        });
    }
}
