package ai.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.CompanyDraft;
import ai.scorecard.catalog.Outcome;
import ai.scorecard.catalog.Company;
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
            Catalog catalog = first.getBean(Catalog.class);
            assertThat(catalog.companyCount()).isEqualTo(5);
            assertThat(catalog.create(new CompanyDraft("baidu", "Baidu", "百度", "Beijing", "Ernie models")))
                    .isInstanceOf(Outcome.Saved.class);
        }

        try (ConfigurableApplicationContext second = StandaloneApplication.start(url)) {
            Catalog catalog = second.getBean(Catalog.class);
            assertThat(catalog.company("baidu")).map(Company::getNameZh).contains("百度");
            // The seed does not load again into a database that has data.
            assertThat(catalog.companyCount()).isEqualTo(6);
        }
    }

    @Test
    void productionCanTurnTheSeedOff() throws Exception {
        try (ConfigurableApplicationContext app = StandaloneApplication.start(StandaloneApplication.newH2File(),
                "--scorecard.seed.enabled=false")) {
            assertThat(app.getBean(Catalog.class).companyCount()).isZero();
        }
    }
}
