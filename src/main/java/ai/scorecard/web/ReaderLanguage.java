package ai.scorecard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language, remembered in a cookie (not the session, so it survives sign-in and any
 * instance serves it). Only the languages the site is written in count: a cookie the reader (or anyone)
 * garbled, such as {@code xx-@@}, is ignored rather than failing every page, and {@code ?lang=en}
 * replaces it.
 */
class ReaderLanguage extends CookieLocaleResolver {

    static final Set<String> LANGUAGES = Set.of("en", "zh");

    ReaderLanguage() {
        super("lang");
        setDefaultLocale(Locale.ENGLISH);
        setCookieMaxAge(Duration.ofDays(365));
        setRejectInvalidCookies(false);
    }

    @Override
    protected Locale parseLocaleValue(String value) {
        Locale locale = super.parseLocaleValue(value);
        return written(locale) ? locale : null;
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale locale = context == null ? null : context.getLocale();
        if (locale == null || written(locale)) {
            super.setLocaleContext(request, response, context);
        }
    }

    private static boolean written(Locale locale) {
        return locale != null && LANGUAGES.contains(locale.getLanguage());
    }
}
