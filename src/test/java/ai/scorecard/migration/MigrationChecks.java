package ai.scorecard.migration;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks of a migration on a scratch database of their own (H2, or PostgreSQL in the suite's PostgreSQL
 * pass): the subclass opens it in its {@code @BeforeAll}, migrates to the version before, writes its data and
 * migrates on; every check reads the result. Without the database each check is reported skipped, with why.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MigrationChecks {

    private final Supplier<ScratchDatabase> databases;
    private ScratchDatabase database;
    /** Why there is no database to run on, reported on each check rather than once out of sight. */
    private TestAbortedException absent;
    JdbcTemplate jdbc;

    MigrationChecks(Supplier<ScratchDatabase> databases) {
        this.databases = databases;
    }

    /** Opens the scratch database; false when there is none to run on. */
    boolean open() {
        try {
            database = databases.get();
        } catch (TestAbortedException noDatabase) {
            absent = noDatabase;
            return false;
        }
        jdbc = new JdbcTemplate(database.dataSource());
        return true;
    }

    @BeforeEach
    void skipWithoutTheDatabase() {
        if (absent != null) {
            throw absent;
        }
    }

    @AfterAll
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    MigrateResult migrate(String target) {
        return Flyway.configure().dataSource(database.dataSource())
                .locations("classpath:db/migration", "classpath:db/vendor/" + database.vendor())
                .target(target).load().migrate();
    }

    /** Runs in a transaction that is rolled back, so the other checks read the migrated data. */
    <T> T rolledBack(Supplier<T> write) {
        TransactionTemplate transaction =
                new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return write.get();
        });
    }

    /** Rows with lower-case column names in a stable order, so that two reads compare as plain maps. */
    List<Map<String, Object>> rows(String sql) {
        return jdbc.queryForList(sql).stream().map(row -> {
            Map<String, Object> plain = new TreeMap<>();
            row.forEach((column, value) -> plain.put(column.toLowerCase(), value));
            return plain;
        }).toList();
    }
}
