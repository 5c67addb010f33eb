package ai.scorecard.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long browsers and shared caches keep static files. Under its content-hashed address
 * ({@link StaticAssets}) a file never changes, so it is kept for a year without asking again; under its
 * plain address it may change with the next release, so it is asked about each time (and answered 304 while
 * it has not changed). Set before the file is served: the resource handler leaves it, and so does Spring
 * Security, which would otherwise forbid keeping anything.
 */
class AssetCaching extends OncePerRequestFilter {

    /** The hash {@code VersionResourceResolver}'s content strategy puts before the extension (MD5, hex). */
    private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    static final String FOREVER = "public, max-age=31536000, immutable";
    static final String ASK_EACH_TIME = "public, no-cache";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL,
                HASHED.matcher(request.getRequestURI()).matches() ? FOREVER : ASK_EACH_TIME);
        chain.doFilter(request, response);
    }
}
