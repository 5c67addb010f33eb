package ai.scorecard.scoreboard;

import ai.scorecard.catalog.CompanyChanged;
import ai.scorecard.fact.FactRecorded;
import ai.scorecard.fact.FactsRecorded;
import ai.scorecard.fact.FactRetracted;
import ai.scorecard.fact.FactsRetracted;
import ai.scorecard.fact.FactsDeleted;
import ai.scorecard.catalog.ProductChanged;
import ai.scorecard.source.SourceChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The version of everything scores are computed from. Any change to a company, a product, a source or a fact
 * moves it on in the change's own transaction, so a reader that can see the new data also sees the new
 * number: whatever is cached under a number is never older than the data that number stands for, on
 * any instance. Two writers queue on the one row for the moment their transactions take to commit.
 */
@Component
public class DataVersion {

    /** Bound to the transaction that has moved the version already. */
    private static final Object MOVED = new Object();

    private final JdbcClient jdbc;

    DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Read before the data it keys, so that the data read is at least as new as the number. */
    public long current() {
        return jdbc.sql("select version from data_version where id = 1").query(Long.class).single();
    }

    /**
     * The data version and the methodology version in force, in one statement: together they say whether
     * a page drawn earlier still shows what the scorecard knows now (see web.ReadingPageCaching).
     */
    public String withMethodology() {
        return jdbc.sql("select d.version, (select max(version) from methodology_version) from data_version d "
                + "where d.id = 1").query((row, number) -> row.getLong(1) + "." + row.getInt(2)).single();
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, classes = {FactRecorded.class, FactsRecorded.class,
            FactRetracted.class, FactsRetracted.class, FactsDeleted.class, CompanyChanged.class, ProductChanged.class,
            SourceChanged.class})
    void dataChanged() {
        // One transaction moves the version once, however many changes it announces: an import of 500 products
        // is one change to the data, and each product announces its own.
        if (TransactionSynchronizationManager.hasResource(MOVED)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(MOVED, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(MOVED);
            }
        });
        jdbc.sql("update data_version set version = version + 1 where id = 1").update();
    }
}
