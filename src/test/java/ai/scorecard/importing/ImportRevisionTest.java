package ai.scorecard.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.scorecard.importing.Imports.Committed;
import ai.scorecard.scoreboard.DataVersion;
import ai.scorecard.source.SourceFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Envers writes a revision when a transaction commits, so these imports commit for real (no test rollback), and
 * the test deletes what they wrote afterwards, audit rows included.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "erin", roles = "EDITOR")
class ImportRevisionTest {

    static final String COMPANY = "import-revision-co";
    static final String PRODUCT = "import-revision-app";
    static final String SECOND = "import-revision-co2";
    static final String RACED = "import-race-co";

    @Autowired
    Imports imports;

    @Autowired
    DataVersion dataVersion;

    @Autowired
    SourceFixtures sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    Long source;

    @Test
    void eachCommittedImportIsOneRevisionDescribedAsTheImportOfItsFileAndMovesTheDataVersionOnce() throws Exception {
        source = sources.cite("Import revision report", "https://example.com/import-revision", LocalDate.of(2026, 10, 1))
                .getId();
        long beforeCompanies = dataVersion.current();
        committed("companies.csv", String.join(",", CompanyImport.COLUMNS) + "\n"
                + COMPANY + ",Import Revision Co,导入修订公司,Hangzhou,Made by a test,杭州,测试所建\n"
                + SECOND + ",Import Revision Two,,,,,\n");
        assertThat(dataVersion.current()).as("two companies, one change to the data").isEqualTo(beforeCompanies + 1);
        committed("products.csv", String.join(",", ProductImport.COLUMNS) + "\n"
                + PRODUCT + "," + COMPANY + ",Import Revision App,,ASSISTANT_APP,LAUNCHED,,MINOR,UNKNOWN,UNKNOWN,"
                + "UNKNOWN,An app,\n");
        long before = dataVersion.current();
        Committed facts = committed("facts.csv", FactImportTest.HEADER + "\n"
                + "product," + PRODUCT + ",DAU,1000,,,,EXACT,2026-09-30,,THIRD_PARTY," + source + ",One thousand.\n"
                + "product," + PRODUCT + ",MAU,5000,,,,EXACT,2026-09-30,,THIRD_PARTY," + source + ",Five thousand.\n"
                + "company," + COMPANY + ",DAU,9000,,,,EXACT,2026-09-30,,THIRD_PARTY," + source + ",Nine thousand.\n");

        assertThat(facts).isEqualTo(new Committed.Recorded(ImportKind.FACTS, 3));
        assertThat(dataVersion.current()).isEqualTo(before + 1);
        List<Long> revisions = jdbc.queryForList("select distinct rev from fact_aud where product_id = "
                + "(select id from product where slug = ?) or company_id = (select id from company where slug = ?)",
                Long.class, PRODUCT, COMPANY);
        assertThat(revisions).hasSize(1);
        assertThat(jdbc.queryForMap("select username, imported_file, imported_rows from revinfo where id = ?",
                revisions.get(0))).containsEntry("username", "erin").containsEntry("imported_file", "facts.csv")
                .containsEntry("imported_rows", 3);

        Element english = revision("/products/" + PRODUCT + "/history");
        assertThat(english.text()).isEqualTo("import of facts.csv by erin, 3 rows");
        Element chinese = revision("/products/" + PRODUCT + "/history?lang=zh-CN");
        assertThat(chinese.text()).isEqualTo("erin 导入 facts.csv，共 3 行");
        assertThat(Jsoup.parse(mvc.perform(get("/companies/" + COMPANY + "/history")).andReturn().getResponse()
                .getContentAsString()).select("tr.revision .revision-import").eachText()).containsExactly(
                        "import of facts.csv by erin, 3 rows", "import of companies.csv by erin, 2 rows");
    }

    @Test
    void twoCommitsOfOnePreviewRacingRecordOnce() throws Exception {
        String token = imports.preview("erin", null, "companies.csv", (String.join(",", CompanyImport.COLUMNS) + "\n"
                + RACED + ",Import Race Co,,,,,\n").getBytes(StandardCharsets.UTF_8)).token();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Committed> commit = () -> {
            start.await();
            return imports.commit("erin", token);
        };
        ExecutorService twoInstances = Executors.newFixedThreadPool(2);
        try {
            Future<Committed> first = twoInstances.submit(commit);
            Future<Committed> second = twoInstances.submit(commit);
            start.countDown();
            List<Committed> outcomes = new ArrayList<>(List.of(first.get(), second.get()));
            assertThat(outcomes).containsExactlyInAnyOrder(new Committed.Recorded(ImportKind.COMPANIES, 1),
                    new Committed.Gone());
        } finally {
            twoInstances.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from company where slug = ?", Long.class, RACED))
                .isEqualTo(1);
    }

    private Committed committed(String filename, String file) {
        Imports.Shown shown = imports.preview("erin", null, filename, file.getBytes(StandardCharsets.UTF_8));
        assertThat(shown.preview().refusals()).isEmpty();
        Committed committed = imports.commit("erin", shown.token());
        assertThat(committed).isInstanceOf(Committed.Recorded.class);
        return committed;
    }

    private Element revision(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).selectFirst("tr.revision .revision-import");
    }

    @AfterEach
    void deleteWhatTheTestWrote() {
        List<Long> companies = jdbc.queryForList("select id from company where slug in (?, ?, ?)", Long.class,
                COMPANY, SECOND, RACED);
        List<Long> products = jdbc.queryForList("select id from product where slug = ?", Long.class, PRODUCT);
        List<Long> revisions = new ArrayList<>();
        for (Long company : companies) {
            revisions.addAll(jdbc.queryForList("select rev from company_aud where id = ? union "
                    + "select rev from fact_aud where company_id = ?", Long.class, company, company));
            jdbc.update("delete from fact_aud where company_id = ?", company);
            jdbc.update("delete from company_aud where id = ?", company);
        }
        for (Long product : products) {
            revisions.addAll(jdbc.queryForList("select rev from product_aud where id = ? union "
                    + "select rev from fact_aud where product_id = ?", Long.class, product, product));
            jdbc.update("delete from fact_aud where product_id = ?", product);
            jdbc.update("delete from product_aud where id = ?", product);
            jdbc.update("update fact set superseded_by = null where product_id = ?", product);
            jdbc.update("delete from fact where product_id = ?", product);
            jdbc.update("delete from product where id = ?", product);
        }
        for (Long company : companies) {
            jdbc.update("update fact set superseded_by = null where company_id = ?", company);
            jdbc.update("delete from fact where company_id = ?", company);
            jdbc.update("delete from company where id = ?", company);
        }
        if (source != null) {
            revisions.addAll(jdbc.queryForList("select rev from source_aud where id = ?", Long.class, source));
            jdbc.update("delete from source_aud where id = ?", source);
            jdbc.update("delete from source where id = ?", source);
        }
        revisions.stream().distinct().forEach(revision -> {
            if (jdbc.queryForObject("select count(*) from fact_aud where rev = ?", Long.class, revision) == 0) {
                jdbc.update("delete from revinfo where id = ?", revision);
            }
        });
    }
}
