package ai.scorecard.api;

import ai.scorecard.scoreboard.Scoreboard;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * ETags and caching for the API and the exports. What they answer depends only on the address and on the data
 * version (any change to a company, a product or a fact moves it on), the current methodology version (a
 * publication changes the default) and "today" (facts go stale), so those three make the ETag: a client or a
 * shared cache asking again with it gets 304 Not Modified, without a query for the data. {@code max-age=0,
 * must-revalidate} makes a cache ask each time, so an edit shows at once.
 */
@Component
@RequiredArgsConstructor
class ConditionalGet implements HandlerInterceptor {

    /** Changes when what the records hold changes shape, so that no cache keeps an answer of an older build. */
    static final String FORMAT = "v1";

    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

    /**
     * nginx stores nothing whose max-age is 0; a time long past in its own header has it store the answer
     * already expired, to ask again with the ETag each time (as web.SharedCacheRevalidation does for the pages).
     * Read before Cache-Control only when it comes first.
     */
    static final String NGINX_EXPIRES = "X-Accel-Expires";

    private final Scoreboard scoreboard;
    private final Clock clock;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return true;
        }
        response.setHeader(NGINX_EXPIRES, "@1");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        return !new ServletWebRequest(request, response).checkNotModified(etag());
    }

    /** Read before the data the answer holds, so that the answer is never older than its ETag says. */
    String etag() {
        return "\"" + FORMAT + "-" + scoreboard.dataVersion() + "-" + scoreboard.methodology().version() + "-"
                + LocalDate.now(clock) + "\"";
    }
}
