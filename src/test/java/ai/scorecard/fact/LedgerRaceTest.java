package ai.scorecard.fact;

import ai.scorecard.source.Source;
import ai.scorecard.source.SourceFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.scorecard.catalog.Product;
import ai.scorecard.catalog.Catalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two editors record the same metric of the same product at the same moment. Before, both facts often
 * stayed current and the older fact's "superseded by" named only one of them. Now they are served one
 * after the other (a supersession chain), or the second is refused; never two current facts. Real
 * commits on a product of the test's own, removed afterwards with its facts and their history.
 */
@SpringBootTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LedgerRaceTest {

    @Autowired
    SourceFixtures sources;

    static final int ROUNDS = 30;
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Autowired
    FactLedger ledger;

    @Autowired
    Catalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    long companyId;
    long productId;

    @BeforeEach
    void aProductOfItsOwn() {
        jdbc.update("insert into company (slug, name_en) values ('ledger-race-co', 'Ledger Race Co')");
        companyId = jdbc.queryForObject("select id from company where slug = 'ledger-race-co'", Long.class);
        jdbc.update("insert into product (slug, company_id, name_en, category, stage) "
                + "values ('ledger-race-app', ?, 'Ledger Race App', 'ASSISTANT_APP', 'LAUNCHED')", companyId);
        productId = jdbc.queryForObject("select id from product where slug = 'ledger-race-app'", Long.class);
    }

    @AfterEach
    void removeIt() {
        List<Long> revisions = jdbc.queryForList("select distinct rev from fact_aud where product_id = ?", Long.class,
                productId);
        jdbc.update("delete from fact_aud where product_id = ?", productId);
        revisions.forEach(revision -> jdbc.update("delete from revinfo where id = ?", revision));
        jdbc.update("update fact set superseded_by = null where product_id = ?", productId);
        jdbc.update("delete from fact where product_id = ?", productId);
        jdbc.update("delete from product where id = ?", productId);
        jdbc.update("delete from company where id = ?", companyId);
        jdbc.update("update data_version set version = version + 1");
    }

    @Test
    void twoEditorsRecordingOneMetricAtOnceNeverLeaveTwoCurrentFacts() throws Exception {
        ExecutorService editors = Executors.newFixedThreadPool(2);
        int recorded = 0;
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (int editor = 1; editor <= 2; editor++) {
                    String claim = "Race round " + round + " editor " + editor;
                    attempts.add(editors.submit(() -> {
                        Product product = catalog.product("ledger-race-app").orElseThrow();
                        together.await(10, TimeUnit.SECONDS);
                        try {
                            ledger.record(product, dau(claim)).orElseThrow();
                            return true;
                        } catch (DataAccessException refused) {
                            return false; // refused by the database: the editor is told and may retry
                        }
                    }));
                }
                int winners = 0;
                for (Future<Boolean> attempt : attempts) {
                    winners += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(winners).as("round %d: at least one editor's fact is recorded", round).isPositive();
                recorded += winners;
                assertThat(currentFacts()).as("round %d: current DAU facts", round).isEqualTo(1);
            }
        } finally {
            editors.shutdownNow();
        }

        // Every fact is stored, and those no longer current form one chain, each superseded by its successor.
        assertThat(jdbc.queryForObject("select count(*) from fact where product_id = ?", Integer.class, productId))
                .isEqualTo(recorded);
        List<Long> supersededBy = jdbc.queryForList("select superseded_by from fact where product_id = ? "
                + "and superseded_at is not null", Long.class, productId);
        assertThat(supersededBy).hasSize(recorded - 1).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void theDatabaseItselfRefusesASecondCurrentFact() {
        String insert = "insert into fact (product_id, metric, value_numeric, qualifier, as_of, provenance, "
                + "source_id, claim, recorded_at) values (?, 'DAU', 1, 'EXACT', ?, 'THIRD_PARTY', (select min(id) from source), "
                + "'claim', current_timestamp)";
        jdbc.update(insert, productId, AS_OF);
        assertThatThrownBy(() -> jdbc.update(insert, productId, AS_OF))
                .isInstanceOf(DataIntegrityViolationException.class);
        // Once superseded or retracted, a fact no longer counts: a new current one goes in.
        jdbc.update("update fact set retracted_at = current_timestamp, retraction_reason = 'test' where product_id = ?",
                productId);
        jdbc.update(insert, productId, AS_OF);
        assertThat(currentFacts()).isEqualTo(1);
    }

    private int currentFacts() {
        return jdbc.queryForObject("select count(*) from fact where product_id = ? and metric = 'DAU' "
                + "and superseded_at is null and retracted_at is null", Integer.class, productId);
    }

    private FactDraft dau(String claim) {
        return new FactDraft(Metric.DAU, new BigDecimal("1000"), null, null, null, Qualifier.ABOUT, AS_OF,
                Provenance.THIRD_PARTY, sources.cite("Race", null, null), claim);
    }
}
