package ai.scorecard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the real application on an H2 file of its own, for tests about starting and stopping. */
public final class StandaloneApplication {

    private StandaloneApplication() {
    }

    public static String newH2File() throws IOException {
        Files.createDirectories(Path.of("target"));
        Path folder = Files.createTempDirectory(Path.of("target"), "h2-");
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("scorecard")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** Command-line arguments win over every profile, so this uses H2 even in the PostgreSQL run. */
    public static ConfigurableApplicationContext start(String h2Url, String... moreArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + h2Url,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--spring.jmx.enabled=false"));
        arguments.addAll(List.of(moreArguments));
        return new SpringApplicationBuilder(ScorecardApplication.class).run(arguments.toArray(String[]::new));
    }
}
