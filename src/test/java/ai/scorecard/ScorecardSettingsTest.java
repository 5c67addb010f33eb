package ai.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code scorecard.*} properties: their defaults, the environment variables the README names, the
 * metadata an IDE completes them from, and a start that a wrong value stops with a sentence, not a trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ScorecardSettingsTest {

    private static final Set<String> PROPERTIES = Set.of("scorecard.today", "scorecard.seed.enabled",
            "scorecard.seed.location", "scorecard.admin-password", "scorecard.trusted-proxies");

    /**
     * The settings alone, bound, validated and reported on by the application's own binding and failure
     * analyzers (spring.factories), without a database or a web server: a refused start takes milliseconds.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ScorecardSettings.class)
    static class SettingsOnly {
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --scorecard.today=2026-13-45                          | scorecard.today           | yyyy-MM-dd
            --scorecard.today=yesterday                           | scorecard.today           | yyyy-MM-dd
            --scorecard.today=12/1/26                             | scorecard.today           | yyyy-MM-dd
            --scorecard.trusted-proxies=not-an-address            | scorecard.trusted-proxies | IP addresses or CIDR ranges
            --scorecard.trusted-proxies=127.0.0.1,proxy.example.org | scorecard.trusted-proxies | IP addresses or CIDR ranges
            --scorecard.trusted-proxies=10.0.0.0/99               | scorecard.trusted-proxies | IP addresses or CIDR ranges
            --scorecard.seed.location=                            | scorecard.seed.location   | resource location
            --scorecard.seed.enabled=maybe                        | scorecard.seed.enabled    | true or false
            """)
    void aWrongValueStopsTheStartWithASentenceNamingThePropertyAndWhatItShouldBe(String argument, String property,
            String expected, CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SettingsOnly.class).web(WebApplicationType.NONE)
                .run(argument, "--logging.level.root=INFO", "--logging.level.ai.scorecard=INFO").close())
                .isInstanceOf(Exception.class);
        assertRefusedInASentence(output.getAll(), property, expected);
    }

    /** The application itself binds the settings on start, and the seed switch cannot hide a wrong value. */
    @Test
    void theApplicationRefusesAWrongValueTheSameWay(CapturedOutput output) {
        String url = "jdbc:h2:mem:settings-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        assertThatThrownBy(() -> StandaloneApplication.start(url, "--scorecard.seed.enabled=maybe",
                "--logging.level.root=INFO", "--logging.level.ai.scorecard=INFO").close())
                .isInstanceOf(Exception.class);
        assertRefusedInASentence(output.getAll(), "scorecard.seed.enabled", "true or false");
    }

    private static void assertRefusedInASentence(String output, String property, String expected) {
        String description = output.substring(output.indexOf("APPLICATION FAILED TO START"));
        assertThat(description).contains("Description:").contains("Action:");
        assertThat(description.substring(description.indexOf("Description:"), description.indexOf("Action:")))
                .contains(property + " is \"").contains(expected).contains("(set by ");
        assertThat(output).doesNotContain("\tat ai.scorecard").doesNotContain("Bindable@");
    }

    @Test
    void withoutAnyPropertyTheDefaultsHold() {
        ScorecardSettings settings = bind(new MapPropertySource("none", Map.of()));
        assertThat(settings.today()).isNull();
        assertThat(settings.seed().enabled()).isTrue();
        assertThat(settings.seed().location()).isEqualTo("classpath:seed/");
        assertThat(settings.adminPassword()).isEmpty();
        assertThat(settings.trustedProxies()).containsExactly("127.0.0.1", "::1");
    }

    @Test
    void emptyMeansTheSystemClockAndNoTrustedProxy() {
        ScorecardSettings settings = bind(new MapPropertySource("empty",
                Map.of("scorecard.today", "", "scorecard.trusted-proxies", "")));
        assertThat(settings.today()).isNull();
        assertThat(settings.trustedProxies()).isEmpty();
    }

    @Test
    void theEnvironmentVariablesTheReadmeNamesAreRead() {
        ScorecardSettings settings = bind(new SystemEnvironmentPropertySource("systemEnvironment", Map.of(
                "SCORECARD_ADMIN_PASSWORD", "from-the-environment", "SCORECARD_SEED_ENABLED", "false",
                "SCORECARD_SEED_LOCATION", "file:/srv/seed/", "SCORECARD_TODAY", "2026-12-01",
                "SCORECARD_TRUSTED_PROXIES", "10.0.0.0/8")));
        assertThat(settings.adminPassword()).isEqualTo("from-the-environment");
        assertThat(settings.seed().enabled()).isFalse();
        assertThat(settings.seed().location()).isEqualTo("file:/srv/seed/");
        assertThat(settings.today()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(settings.trustedProxies()).containsExactly("10.0.0.0/8");
    }

    @Test
    void thePasswordIsNeverPrinted() {
        assertThat(bind(new MapPropertySource("set", Map.of("scorecard.admin-password", "s3cret"))).toString())
                .doesNotContain("s3cret");
    }

    /**
     * The configuration processor wrote the metadata an IDE completes from, with each property's
     * description; every scorecard.* property the application sets is one of them, and the README lists
     * each.
     */
    @Test
    void everyPropertyIsDescribedForTheIdeAndInTheReadme() throws IOException {
        JsonNode metadata;
        try (InputStream json = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
            metadata = JsonMapper.shared().readTree(json);
        }
        Map<String, String> described = new TreeMap<>();
        metadata.get("properties").forEach(property -> described.put(property.get("name").asString(),
                property.path("description").asString("")));
        assertThat(described).containsOnlyKeys(PROPERTIES)
                .allSatisfy((name, description) -> assertThat(description).as(name).isNotBlank());

        Set<String> setInTheApplication = new TreeSet<>();
        for (String file : new String[] {"application.properties", "application-postgres.properties"}) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(Path.of("src/main/resources", file))) {
                properties.load(in);
            }
            properties.stringPropertyNames().stream().filter(name -> name.startsWith("scorecard."))
                    .forEach(setInTheApplication::add);
        }
        assertThat(PROPERTIES).containsAll(setInTheApplication);

        String readme = Files.readString(Path.of("README.md"));
        assertThat(PROPERTIES).allSatisfy(name -> assertThat(readme).contains("| `" + name + "` |"));
    }

    private static ScorecardSettings bind(PropertySource<?> source) {
        return new Binder(ConfigurationPropertySources.from(source)).bindOrCreate("scorecard",
                ScorecardSettings.class);
    }
}
