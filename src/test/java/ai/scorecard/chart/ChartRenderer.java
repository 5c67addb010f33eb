package ai.scorecard.chart;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the charts as a page would, with no Spring context; those of the comparison are drawn in Java
 * ({@link Figures}) and put in the page as the comparison's template puts them, the others rendered from their
 * Thymeleaf fragment: a plain
 * {@link SpringTemplateEngine} (SpEL, as in the application), the templates from the class path,
 * only the {@code charts} message bundle (so a word missing from it shows), and a web context from
 * mock servlet objects so that {@code @{…}} links resolve.
 */
final class ChartRenderer {

    private static final ResourceBundleMessageSource MESSAGES = messages();
    private static final SpringTemplateEngine ENGINE = engine();

    /** A call of a chart: its name, the variable holding the chart, its id and its caption. */
    private static final Pattern CALL = Pattern.compile("(\\w+)\\(\\$\\{(\\w+)}, '([^']*)', '([^']*)'\\)");

    private ChartRenderer() {
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver strings = new StringTemplateResolver();
        strings.setTemplateMode(TemplateMode.HTML);
        strings.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolvers(Set.of(files, strings));
        engine.setTemplateEngineMessageSource(MESSAGES);
        return engine;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("charts");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The charts bundle's words; a word missing from it shows as Thymeleaf shows it, {@code ??key_locale??}. */
    static Wording words(Locale locale) {
        return (key, arguments) -> MESSAGES.getMessage(key, arguments, "??" + key + "_" + locale + "??", locale);
    }

    /** The comparison's charts are drawn in Java ({@link Figures}), the others by their Thymeleaf fragment. */
    private static String drawn(String name, Object chart, String id, String caption, Locale locale) {
        Wording words = words(locale);
        return switch (name) {
            case "divergingBars" -> Figures.divergingBars((DivergingBars) chart, id, caption, words);
            case "radar" -> Figures.radar((Radar) chart, id, caption, words);
            case "styleScale" -> Figures.styleScale((StyleScale) chart, id, caption, words);
            case "gapBars" -> Figures.gapBars((GapBars) chart, id, caption, words);
            case "rangeBars" -> Figures.rangeBars((RangeBars) chart, id, caption, words);
            default -> null;
        };
    }

    /** A whole HTML5 page whose body is the fragment call {@code fragment}, e.g. {@code divergingBars(${chart}, 'cmp', 'Caption')}. */
    static String page(String fragment, Object chart, Locale locale) {
        return page(Map.of("chart", chart), locale, fragment);
    }

    /** A whole HTML5 page with one fragment call after another, over the given variables. */
    static String page(Map<String, Object> variables, Locale locale, String... fragments) {
        StringBuilder template = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + locale.toLanguageTag()
                + "\"><head><meta charset=\"utf-8\"><title>Chart</title></head><body><main>\n");
        Map<String, Object> model = new HashMap<>(variables);
        for (String fragment : fragments) {
            Matcher call = CALL.matcher(fragment);
            String drawn = call.matches() ? drawn(call.group(1), variables.get(call.group(2)), call.group(3),
                    call.group(4), locale) : null;
            if (drawn != null) {
                String name = "drawn" + model.size();
                model.put(name, drawn);
                template.append("<th:block th:utext=\"${").append(name).append("}\"></th:block>\n");
            } else {
                template.append("<div th:replace=\"~{fragments/charts :: ").append(fragment).append("}\"></div>\n");
            }
        }
        template.append("</main></body></html>\n");
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
        request.setContextPath("/app");
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse());
        WebContext context = new WebContext(exchange, locale, model);
        return ENGINE.process(template.toString(), context);
    }
}
