package ai.scorecard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Lets browsers and shared caches keep reading pages, and ask whether a kept page still holds. A reading page
 * shows the data (its version moves with every change), under the methodology in force, in the reader's
 * language, judged against today, and for signed-in readers with their own links and form tokens: the page's
 * {@code ETag} is made of exactly these, so a reader asking again with it gets {@code 304 Not Modified}
 * before anything is loaded or drawn. Anonymous pages may be kept by a shared cache; a signed-in reader's
 * stay private to their browser. A page that carries a one-time message (a "saved" after a redirect) is
 * neither tagged nor kept.
 */
class ReadingPageCaching implements HandlerInterceptor {

    static final String SHARED = "public, max-age=0, must-revalidate";
    static final String PRIVATE = "private, max-age=0, must-revalidate";

    private final PageTag tags;

    ReadingPageCaching(PageTag tags) {
        this.tags = tags;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || RequestContextUtils.getInputFlashMap(request) != null) {
            return true;
        }
        String reader = PageTag.reader(request);
        String tag = tags.of(request, RequestContextUtils.getLocale(request), reader);
        if (reader.isEmpty()) {
            SharedCacheRevalidation.storeExpired(response);
        }
        response.setHeader(HttpHeaders.ETAG, tag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, reader.isEmpty() ? SHARED : PRIVATE);
        response.setHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && PageTag.matches(asked, tag)) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return false;
        }
        return true;
    }
}
