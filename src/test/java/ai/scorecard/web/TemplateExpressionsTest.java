package ai.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Every expression of every template stays parsed once the page has been drawn: Thymeleaf's default kept 500 of
 * them, softly, and under load parsed them again for every page (see {@link TemplateExpressions}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TemplateExpressionsTest {

    private static final Pattern EXPRESSION = Pattern.compile("[$#@~*]\\{");

    @Autowired
    SpringTemplateEngine engine;

    @Test
    void theExpressionCacheHasRoomForEveryExpressionOfEveryTemplateAndKeepsThemHard() throws IOException {
        long expressions;
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            expressions = templates.filter(path -> path.toString().endsWith(".html"))
                    .mapToLong(TemplateExpressionsTest::expressionsIn).sum();
        }
        assertThat(expressions).as("expressions in the templates").isGreaterThan(500);

        StandardCacheManager caches = (StandardCacheManager) engine.getCacheManager();
        assertThat(caches.getExpressionCacheMaxSize()).isGreaterThan((int) expressions);
        assertThat(caches.getExpressionCacheUseSoftReferences()).isFalse();
        assertThat(caches.getTemplateCacheUseSoftReferences()).isFalse();
    }

    private static long expressionsIn(Path template) {
        try {
            return EXPRESSION.matcher(Files.readString(template)).results().count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
