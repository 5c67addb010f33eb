package ai.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM settings the scorecard is measured with (deploy/jvm.options, read by the bench scripts) are the ones
 * docker-compose.yml runs it with: a resident-memory figure is only worth quoting for what production runs.
 */
class JvmOptionsTest {

    @Test
    void dockerComposeRunsTheAppWithTheBenchmarkedOptions() throws Exception {
        List<String> options = Files.readAllLines(Path.of("deploy/jvm.options")).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        assertThat(options).contains("-Xmx512m", "-XX:+UseSerialGC");

        String compose = Files.readString(Path.of("docker-compose.yml"));
        Matcher given = Pattern.compile("JAVA_TOOL_OPTIONS: \"([^\"]*)\"").matcher(compose);
        assertThat(given.find()).as("docker-compose.yml sets JAVA_TOOL_OPTIONS").isTrue();
        assertThat(List.of(given.group(1).split("\\s+"))).containsExactlyElementsOf(options);
    }
}
