package ai.scorecard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The site's header as an anonymous reader sees it (sections, search, sign-in), drawn once per language and section
 * and kept: it is the same on every page of a section, and drawing it for each page cost a twentieth of a
 * comparison. The language links name the page, so they are left out and put in for each page
 * ({@code fragments/header.html}). A signed-in reader's header, with their name and pages, is drawn for each page.
 */
@Component
class SiteHeader {

    /** Where the kept header leaves room for the page's language links. */
    private static final String LANGUAGES = "<!--languages-->";

    /** The header around the language links. */
    record Drawn(String before, String after) {
    }

    private record Key(Locale language, String section) {
    }

    /**
     * Two languages by a dozen sections; a language can come in variants (en-GB, zh-TW), so past this many the
     * header is drawn and not kept.
     */
    static final int KEPT = 64;

    private final Fragments fragments;
    private final Map<Key, Drawn> kept = new ConcurrentHashMap<>();

    SiteHeader(Fragments fragments) {
        this.fragments = fragments;
    }

    /** The kept header for an anonymous reader; null for a signed-in one, whose header the page draws. */
    Drawn of(HttpServletRequest request, HttpServletResponse response, Locale language, String section)
            throws Exception {
        if (!PageTag.reader(request).isEmpty()) {
            return null;
        }
        Key key = new Key(language, section);
        Drawn drawn = kept.get(key);
        if (drawn == null) {
            Map<String, Object> model = new HashMap<>();
            model.put("drawingSiteHeader", true);
            model.put("navSection", section);
            String html = fragments.render("fragments/header :: siteHeader", model, language, request, response, 4096);
            int at = html.indexOf(LANGUAGES);
            drawn = new Drawn(html.substring(0, at), html.substring(at + LANGUAGES.length()));
            if (kept.size() < KEPT) {
                kept.put(key, drawn);
            }
        }
        return drawn;
    }
}
