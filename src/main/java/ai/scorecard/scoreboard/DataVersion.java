package ai.scorecard.scoreboard;

import ai.scorecard.catalog.CompanyChanged;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.FactRecorded;
import ai.scorecard.fact.FactsRecorded;
import ai.scorecard.fact.FactRetracted;
import ai.scorecard.fact.FactsRetracted;
import ai.scorecard.fact.FactsDeleted;
import ai.scorecard.fact.DisputeResolved;
import ai.scorecard.fact.FactDisputed;
import ai.scorecard.catalog.ProductChanged;
import ai.scorecard.source.SourceChanged;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The version of everything scores are computed from. Any change to a company, a product, a source, a fact or a dispute of one
 * moves it on in the change's own transaction, so a reader that can see the new data also sees the new
 * number: whatever is cached under a number is never older than the data that number stands for, on
 * any instance. Two writers queue on the one row for the moment their transactions take to commit.
 *
 * <p>Each move also notes which companies' scores it may have moved ({@code data_change}), so that standings
 * kept under an older number can be brought up to date by rescoring only those companies.
 */
@Component
public class DataVersion {

    /** How many versions' changes are kept: standings older than that are scored again whole. */
    static final long CHANGES_KEPT = 1000;

    /** Bound to a transaction that has moved the version already: the version it moved to. */
    private static final Object MOVED = new Object();

    private final JdbcClient jdbc;
    private final FactLedger ledger;

    DataVersion(JdbcClient jdbc, FactLedger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
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

    /**
     * The companies whose scores may have moved after version {@code from} up to {@code to}; empty when that
     * is not known for every version between (anything may have moved: score everything again).
     */
    Optional<Set<Long>> companiesChanged(long from, long to) {
        record Change(long version, boolean everything, Long company) {
        }
        List<Change> changes = jdbc.sql("select version, everything, company_id from data_change "
                        + "where version > ? and version <= ?").params(from, to)
                .query((row, number) -> new Change(row.getLong(1), row.getBoolean(2), row.getObject(3, Long.class)))
                .list();
        if (changes.stream().map(Change::version).distinct().count() != to - from
                || changes.stream().anyMatch(Change::everything)) {
            return Optional.empty();
        }
        return Optional.of(changes.stream().map(Change::company).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, classes = {FactRecorded.class, FactsRecorded.class,
            FactRetracted.class, FactsRetracted.class, FactsDeleted.class, CompanyChanged.class, ProductChanged.class,
            SourceChanged.class, FactDisputed.class, DisputeResolved.class})
    void dataChanged(Object change) {
        long version = movedVersion();
        Optional<Set<Long>> companies = companiesChangedBy(change);
        if (companies.isEmpty()) {
            jdbc.sql("insert into data_change (version, everything) values (?, true)").param(version).update();
        } else if (companies.get().isEmpty()) {
            jdbc.sql("insert into data_change (version, everything) values (?, false)").param(version).update();
        } else {
            companies.get().forEach(company -> jdbc.sql(
                    "insert into data_change (version, everything, company_id) values (?, false, ?)")
                    .params(version, company).update());
        }
    }

    /**
     * The version this transaction moved the data to. One transaction moves it once, however many changes it
     * announces: an import of 500 products is one change to the data, and each product announces its own.
     */
    private long movedVersion() {
        Object moved = TransactionSynchronizationManager.getResource(MOVED);
        if (moved != null) {
            return (Long) moved;
        }
        jdbc.sql("update data_version set version = version + 1 where id = 1").update();
        long version = current();
        jdbc.sql("delete from data_change where version <= ?").param(version - CHANGES_KEPT).update();
        TransactionSynchronizationManager.bindResource(MOVED, version);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(MOVED);
            }
        });
        return version;
    }

    /**
     * The companies whose scores a change may move: those its facts are about, or those citing the source it
     * changed; empty when it may move any (a product, a company, a batch of facts).
     */
    private Optional<Set<Long>> companiesChangedBy(Object change) {
        if (change instanceof FactRecorded recorded) {
            return Optional.of(ledger.companiesOf(List.of(recorded.factId())));
        }
        if (change instanceof FactRetracted retracted) {
            return Optional.of(ledger.companiesOf(List.of(retracted.factId())));
        }
        if (change instanceof FactsRetracted retracted) {
            return Optional.of(ledger.companiesOf(retracted.factIds()));
        }
        if (change instanceof SourceChanged source) {
            return Optional.of(ledger.companiesCiting(source.sourceId()));
        }
        return Optional.empty();
    }
}
