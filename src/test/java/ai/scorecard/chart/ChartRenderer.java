package ai.scorecard.chart;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * Renders the chart fragments as a page would, with no Spring context: a plain
 * {@link SpringTemplateEngine} (SpEL, as in the application), the templates from the class path,
 * only the {@code charts} message bundle (so a word missing from it shows), and a web context from
 * mock servlet objects so that {@code @{…}} links resolve.
 */
final class ChartRenderer {

    private static final SpringTemplateEngine ENGINE = engine();

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
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("charts");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolvers(Set.of(files, strings));
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    /** A whole HTML5 page whose body is the fragment call {@code fragment}, e.g. {@code divergingBars(${chart}, 'cmp', 'Caption')}. */
    static String page(String fragment, Object chart, Locale locale) {
        return page(Map.of("chart", chart), locale, fragment);
    }

    /** A whole HTML5 page with one fragment call after another, over the given variables. */
    static String page(Map<String, Object> variables, Locale locale, String... fragments) {
        StringBuilder template = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + locale.toLanguageTag()
                + "\"><head><meta charset=\"utf-8\"><title>Chart</title></head><body><main>\n");
        for (String fragment : fragments) {
            template.append("<div th:replace=\"~{fragments/charts :: ").append(fragment).append("}\"></div>\n");
        }
        template.append("</main></body></html>\n");
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
        request.setContextPath("/app");
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse());
        WebContext context = new WebContext(exchange, locale, variables);
        return ENGINE.process(template.toString(), context);
    }
}
