package ai.scorecard.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the shared layout needs on every page. */
@ControllerAdvice
class LayoutAttributes {

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
