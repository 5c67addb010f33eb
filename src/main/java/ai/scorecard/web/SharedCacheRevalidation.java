package ai.scorecard.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets a caching proxy keep an anonymous answer that it must ask about again each time. Such answers say
 * {@code public, max-age=0, must-revalidate} with an ETag, which browsers and standard caches read as "keep
 * it, ask again with the tag before using it". nginx ({@code deploy/nginx}) stores nothing whose max-age is 0,
 * and would fetch the whole page every time; {@code X-Accel-Expires: @1} (a moment in 1970) has it store the
 * answer already expired, so that every request asks an instance with If-None-Match and gets its copy back
 * with a 304 while the data has not moved. nginx reads the header before {@code Cache-Control} only when it
 * comes first in the response, and never passes it on to the client.
 */
final class SharedCacheRevalidation {

    static final String HEADER = "X-Accel-Expires";
    static final String ALREADY_EXPIRED = "@1";

    private SharedCacheRevalidation() {
    }

    /** Call before any {@code Cache-Control} is set on the response. */
    static void storeExpired(HttpServletResponse response) {
        response.setHeader(HEADER, ALREADY_EXPIRED);
    }
}
