package ai.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.company.Companies;
import ai.scorecard.company.Company;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default keeps its edits: write, stop the application, start it again on the same H2
 * file, and read the edit back. This starts the real application twice, so it stays a single test.
 */
class RestartKeepsDataTest {

    @Test
    void anEditSurvivesARestartOnTheSameH2File() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "restart-h2-");
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("scorecard")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

        try (ConfigurableApplicationContext first = start(url)) {
            Companies companies = first.getBean(Companies.class);
            assertThat(companies.count()).isEqualTo(5);
            companies.save(new Company("baidu", "Baidu", "百度", "Beijing", "Ernie models"));
        }

        try (ConfigurableApplicationContext second = start(url)) {
            Companies companies = second.getBean(Companies.class);
            assertThat(companies.findBySlug("baidu")).map(Company::getNameZh).contains("百度");
            // The seed does not load again into a database that has data.
            assertThat(companies.count()).isEqualTo(6);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        // Command-line arguments win over every profile, so this test uses H2 even in the PostgreSQL run.
        return new SpringApplicationBuilder(ScorecardApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--spring.jmx.enabled=false");
    }
}
