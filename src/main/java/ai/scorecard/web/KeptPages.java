package ai.scorecard.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Reading pages as anonymous readers get them, kept whole under their {@linkplain PageTag tag}: what a caching
 * proxy in front does ({@code deploy/nginx}), inside each instance, so that a page read a thousand times between
 * two edits is drawn once, proxy or not. The tag is read first, in one statement; any edit, a publication, a new
 * day or another language gives another tag, so a kept page is never out of date, on any instance.
 *
 * <p>Only what {@link ReadingPageCaching} marked shareable is kept ({@code public}, tagged, 200, no cookie set);
 * a signed-in reader, a request with a one-time message waiting in its session or one that changes the language
 * always goes through. The pages are bounded by their bytes, and which go first is Caffeine's choice.
 */
class KeptPages extends OncePerRequestFilter {

    /** At most this many bytes of pages are kept: a page is 20 to 200 KB, so some tens to a few hundred pages. */
    static final long KEPT_BYTES = 4L * 1024 * 1024;

    /** The headers a kept page is answered with, besides those every answer gets (security headers, date). */
    private static final List<String> PAGE_HEADERS = List.of(SharedCacheRevalidation.HEADER, HttpHeaders.ETAG,
            HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE);

    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    /** The page asked for: its path and parameters (from the query: only GETs are kept) and its tag. */
    record Key(String path, Map<String, List<String>> parameters, String tag) {
    }

    /** A page as it was answered: its headers in the order they were set (nginx reads the first), and its body. */
    record Page(List<Map.Entry<String, String>> headers, Locale language, String tag, byte[] body) {
    }

    private final PageTag tags;
    private final LocaleResolver languages;
    private final List<PathPattern> readingPages;
    private final Collection<String> excluded;
    private final Cache<Key, Page> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_BYTES)
            .weigher((Key key, Page page) -> page.body().length + 200)
            .build();

    KeptPages(PageTag tags, LocaleResolver languages, String[] readingPages, Collection<String> excluded) {
        this.tags = tags;
        this.languages = languages;
        PathPatternParser parser = new PathPatternParser();
        List<PathPattern> patterns = new ArrayList<>();
        for (String page : readingPages) {
            patterns.add(parser.parse(page));
        }
        this.readingPages = patterns;
        this.excluded = excluded;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!keepable(request)) {
            chain.doFilter(request, response);
            return;
        }
        Locale language = languages.resolveLocale(request);
        Map<String, List<String>> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        Key key = new Key(request.getRequestURI(), parameters, tags.of(request, language, ""));
        Page page = kept.getIfPresent(key);
        if (page != null) {
            answer(page, request, response);
            return;
        }
        ContentCachingResponseWrapper drawn = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, drawn);
            keep(key, drawn);
        } finally {
            drawn.copyBodyToResponse();
        }
    }

    /**
     * An anonymous GET of a reading page, with no language change and no one-time message waiting; and not inside
     * a transaction that writes (a test's), whose reads may never be committed.
     */
    private boolean keepable(HttpServletRequest request) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return false;
        }
        if (!"GET".equals(request.getMethod()) || request.getParameter("lang") != null
                || !PageTag.reader(request).isEmpty()) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (excluded.contains(path)) {
            return false;
        }
        PathContainer container = PathContainer.parsePath(path);
        if (readingPages.stream().noneMatch(pattern -> pattern.matches(container))) {
            return false;
        }
        HttpSession session = request.getSession(false);
        return session == null || session.getAttribute(FLASH_MAPS) == null;
    }

    private void keep(Key key, ContentCachingResponseWrapper drawn) {
        if (drawn.getStatus() != HttpStatus.OK.value() || drawn.containsHeader(HttpHeaders.SET_COOKIE)
                || !ReadingPageCaching.SHARED.equals(drawn.getHeader(HttpHeaders.CACHE_CONTROL))
                || !key.tag().equals(drawn.getHeader(HttpHeaders.ETAG))) {
            return;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : drawn.getHeaderNames()) {
            if (PAGE_HEADERS.stream().anyMatch(name::equalsIgnoreCase)) {
                drawn.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
            }
        }
        if (drawn.getContentType() != null && headers.stream().noneMatch(
                header -> header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE))) {
            headers.add(Map.entry(HttpHeaders.CONTENT_TYPE, drawn.getContentType()));
        }
        // The container writes Content-Language from the response's locale, not from a header.
        kept.put(key, new Page(List.copyOf(headers), drawn.getLocale(), key.tag(), drawn.getContentAsByteArray()));
    }

    private static void answer(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (Map.Entry<String, String> header : page.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        response.setLocale(page.language());
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && PageTag.matches(asked, page.tag())) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return;
        }
        response.setStatus(HttpStatus.OK.value());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
