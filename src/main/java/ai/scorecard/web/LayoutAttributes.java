package ai.scorecard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared layout needs on every page. */
@ControllerAdvice
class LayoutAttributes {

    private final SiteHeader header;

    LayoutAttributes(SiteHeader header) {
        this.header = header;
    }

    /** The sections the navigation links to, by the first segment of their addresses. */
    private static final Set<String> SECTIONS = Set.of("compare", "styles", "rankings", "companies", "products",
            "sources", "methodology", "admin", "login", "changes");

    /**
     * The section of the site the page belongs to, so that the navigation marks its link as the current page: a
     * company's page, its history and its forms are all in "companies". Null outside every section.
     */
    @ModelAttribute("navSection")
    String navSection(HttpServletRequest request) {
        return sectionOf(request.getRequestURI().substring(request.getContextPath().length()));
    }

    static String sectionOf(String path) {
        String segment = path.replaceFirst("^/+", "").replaceFirst("[/;].*$", "");
        return SECTIONS.contains(segment) ? segment : null;
    }

    /** The site's header as kept for an anonymous reader; null for a signed-in one (see {@link SiteHeader}). */
    @ModelAttribute("siteHeader")
    SiteHeader.Drawn siteHeader(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws Exception {
        return header.of(request, response, locale, navSection(request));
    }

    /**
     * The address search engines and shared links should name the page by: absolute, with every filter the
     * reader has set and the language it is shown in, so that each language's page is one address.
     */
    @ModelAttribute("canonicalUrl")
    String canonicalUrl(HttpServletRequest request, Locale locale) {
        String here = link(request, "zh".equals(locale.getLanguage()) ? "zh-CN" : "en");
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                + here.substring(request.getContextPath().length());
    }

    /** The current page as it stands today: the same address without the past day a reader may have asked for. */
    @ModelAttribute("todayLink")
    String todayLink(HttpServletRequest request) {
        try {
            return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    .replaceQueryParam("asOf").build(true).toUriString();
        } catch (IllegalArgumentException malformedQuery) {
            return request.getRequestURI();
        }
    }

    /** The current page in each language, keeping every filter the reader has set. */
    @ModelAttribute("switchLanguage")
    LanguageLinks switchLanguage(HttpServletRequest request) {
        return new LanguageLinks(link(request, "en"), link(request, "zh-CN"));
    }

    private static String link(HttpServletRequest request, String language) {
        try {
            // The query string arrives already encoded; build(true) keeps it as it is.
            return UriComponentsBuilder.fromPath(request.getRequestURI())
                    .query(request.getQueryString())
                    .replaceQueryParam("lang", language)
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException malformedQuery) {
            return UriComponentsBuilder.fromPath(request.getRequestURI())
                    .queryParam("lang", language)
                    .build()
                    .encode()
                    .toUriString();
        }
    }

    record LanguageLinks(String english, String chinese) {
    }
}
