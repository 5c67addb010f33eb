package ai.scorecard.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/** What any answer to a hostile request must be, whatever the request was. */
final class Answers {

    /** A class name of the JVM, the frameworks or the app, or a stack frame: what a trace leaks. */
    private static final Pattern TRACE = Pattern.compile(
            "\\b(java|javax|jakarta|org\\.springframework|org\\.hibernate|org\\.thymeleaf|org\\.h2|org\\.postgresql"
                    + "|ai\\.scorecard)\\.[\\w.$]{0,120}[A-Z]|\\b[A-Z]\\w{0,80}(Exception|Error)\\b"
                    + "|\\bat [\\w.$]{1,200}\\([\\w.]{1,80}:\\d+\\)");

    private Answers() {
    }

    /** No server error, no trace, and no element that a generated payload could have planted. */
    static void safe(MvcResult result, String request) throws Exception {
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).as("status of %s", request).isLessThan(500);
        String body = response.getContentAsString();
        assertThat(TRACE.matcher(body).find()).as("a class name or stack frame in the answer to %s: %s", request,
                TRACE.matcher(body).results().map(m -> m.group()).findFirst().orElse("")).isFalse();
        if (body.isEmpty()) {
            return;
        }
        for (String marker : Hostile.MARKUP) {
            assertThat(body).as("unescaped payload in the answer to %s", request).doesNotContain(marker);
        }
        Document page = Jsoup.parse(body);
        assertThat(page.select("#hostile, .hostile, [onmouseover], [onerror], [onfocus], [autofocus][onfocus]"))
                .as("an element or attribute planted by the answer to %s", request).isEmpty();
    }
}
