package ai.scorecard.web;

import ai.scorecard.ScorecardSettings;
import ai.scorecard.scoreboard.Scoreboard;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

    private final Scoreboard scoreboard;
    private final ScorecardSettings settings;

    ReadingPageCaching(Scoreboard scoreboard, ScorecardSettings settings) {
        this.scoreboard = scoreboard;
        this.settings = settings;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || RequestContextUtils.getInputFlashMap(request) != null) {
            return true;
        }
        String reader = reader(request);
        String tag = "W/\"" + hash(scoreboard.dataAndMethodologyVersion() + "|"
                + RequestContextUtils.getLocale(request).toLanguageTag() + "|" + settings.today() + "|" + reader) + "\"";
        if (reader.isEmpty()) {
            SharedCacheRevalidation.storeExpired(response);
        }
        response.setHeader(HttpHeaders.ETAG, tag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, reader.isEmpty() ? SHARED : PRIVATE);
        response.setHeader(HttpHeaders.VARY, "Cookie, Accept-Language");
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && matches(asked, tag)) {
            response.setStatus(HttpStatus.NOT_MODIFIED.value());
            return false;
        }
        return true;
    }

    /** Who reads the page, as far as it shows: nobody in particular, or a signed-in session of its own. */
    private static String reader(HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            return "";
        }
        HttpSession session = request.getSession(false);
        return who.getName() + "|" + who.getAuthorities() + "|" + (session == null ? "" : session.getId());
    }

    private static boolean matches(String asked, String tag) {
        for (String one : asked.split(",")) {
            String candidate = one.strip();
            if (candidate.equals("*") || candidate.equals(tag) || ("W/" + candidate).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
