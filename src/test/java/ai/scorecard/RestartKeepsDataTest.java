package ai.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.company.Companies;
import ai.scorecard.company.Company;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default keeps its edits: write, stop the application, start it again on the same H2
 * file, and read the edit back.
 */
class RestartKeepsDataTest {

    @Test
    void anEditSurvivesARestartOnTheSameH2File() throws Exception {
        String url = StandaloneApplication.newH2File();

        try (ConfigurableApplicationContext first = StandaloneApplication.start(url)) {
            Companies companies = first.getBean(Companies.class);
            assertThat(companies.count()).isEqualTo(5);
            companies.save(new Company("baidu", "Baidu", "百度", "Beijing", "Ernie models"));
        }

        try (ConfigurableApplicationContext second = StandaloneApplication.start(url)) {
            Companies companies = second.getBean(Companies.class);
            assertThat(companies.findBySlug("baidu")).map(Company::getNameZh).contains("百度");
            // The seed does not load again into a database that has data.
            assertThat(companies.count()).isEqualTo(6);
        }
    }

    @Test
    void productionCanTurnTheSeedOff() throws Exception {
        try (ConfigurableApplicationContext app = StandaloneApplication.start(StandaloneApplication.newH2File(),
                "--scorecard.seed.enabled=false")) {
            assertThat(app.getBean(Companies.class).count()).isZero();
        }
    }
}
