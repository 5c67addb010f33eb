package ai.scorecard.web;

import ai.scorecard.ScorecardSettings;
import ai.scorecard.scoreboard.Scoreboard;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The {@code ETag} of a reading page: made of everything the page shows depends on, so two requests with the
 * same tag get the same page. The data version (it moves with every change) and the methodology in force, read
 * in one statement, the reader's language, today (scores age), and for a signed-in reader their own session
 * (their links and form tokens).
 */
final class PageTag {

    private final Scoreboard scoreboard;
    private final ScorecardSettings settings;

    PageTag(Scoreboard scoreboard, ScorecardSettings settings) {
        this.scoreboard = scoreboard;
        this.settings = settings;
    }

    /** Where a request keeps the tag once made: the kept pages make it first, and the page reuses it. */
    private static final String MADE = PageTag.class.getName() + ".MADE";

    /** The tag of the page as this reader gets it now, in this language. */
    String of(Locale language, String reader) {
        return "W/\"" + hash(scoreboard.dataAndMethodologyVersion() + "|" + language.toLanguageTag() + "|"
                + settings.today() + "|" + reader) + "\"";
    }

    /** The same, made once per request: the versions are read in one statement, not once per asker. */
    String of(HttpServletRequest request, Locale language, String reader) {
        String key = MADE + "|" + language.toLanguageTag() + "|" + reader;
        Object made = request.getAttribute(key);
        if (made instanceof String tag) {
            return tag;
        }
        String tag = of(language, reader);
        request.setAttribute(key, tag);
        return tag;
    }

    /** Who reads the page, as far as it shows: nobody in particular (empty), or a signed-in session of its own. */
    static String reader(HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            return "";
        }
        HttpSession session = request.getSession(false);
        return who.getName() + "|" + who.getAuthorities() + "|" + (session == null ? "" : session.getId());
    }

    /** Whether an {@code If-None-Match} header names this tag (or any tag). */
    static boolean matches(String asked, String tag) {
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
