package ai.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** Every text of the interface exists in English and in Simplified Chinese. */
class BundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages", "charts", "history"})
    void bothLanguagesHaveTheSameKeys(String bundle) throws IOException {
        Set<String> english = keys(bundle + ".properties");
        Set<String> chinese = keys(bundle + "_zh.properties");
        assertThat(english).isNotEmpty();
        assertThat(difference(english, chinese)).as("in English only").isEmpty();
        assertThat(difference(chinese, english)).as("in Chinese only").isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
