package ai.scorecard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders a template fragment to a string, through the same view resolver as a page, so that messages,
 * links and formats come out exactly as they would on the page itself. For parts of a page that are
 * worth keeping between requests.
 */
@Component
public class Fragments {

    private final ViewResolver views;

    Fragments(@Qualifier("thymeleafViewResolver") ViewResolver views) {
        this.views = views;
    }

    /**
     * @param fragment a view name with a fragment selector, such as {@code "compare/content :: content"}
     */
    public String render(String fragment, Map<String, ?> model, Locale locale, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        return render(fragment, model, locale, request, response, 64 * 1024);
    }

    /**
     * @param expectedLength about how many characters the fragment makes, to size the buffer it is written to
     */
    public String render(String fragment, Map<String, ?> model, Locale locale, HttpServletRequest request,
            HttpServletResponse response, int expectedLength) throws Exception {
        View view = views.resolveViewName(fragment, locale);
        if (view == null) {
            throw new IllegalArgumentException("No such template fragment: " + fragment);
        }
        StringWriter html = new StringWriter(expectedLength);
        PrintWriter writer = new PrintWriter(html);
        // The fragment goes to a string, not the response: its content type and language are the page's to set.
        view.render(model, request, new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
            }

            @Override
            public void setContentType(String type) {
            }

            @Override
            public void setCharacterEncoding(String charset) {
            }

            @Override
            public void setLocale(Locale locale) {
            }
        });
        writer.flush();
        return html.toString();
    }
}
