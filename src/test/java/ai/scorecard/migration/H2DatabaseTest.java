package ai.scorecard.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The embedded database keeps its rules after the connection that made them is gone. H2 2.4.240 did not: a
 * {@code CHECK (… IN …)} constraint failed every insert once the connection that created it closed, which is
 * what the pool does to the connection Flyway migrated with, half an hour after the first start.
 */
class H2DatabaseTest {

    @Test
    void aCheckConstraintStillHoldsAfterTheConnectionThatCreatedItCloses() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (Connection migration = DriverManager.getConnection(url)) {
            migration.createStatement().execute("create table source (id int, kind varchar(20), "
                    + "constraint source_kind_check check (kind in ('FILING', 'PRESS')))");
        }
        try (Connection later = DriverManager.getConnection(url)) {
            assertThat(later.createStatement().executeUpdate("insert into source values (1, 'PRESS')")).isEqualTo(1);
            assertThat(later.createStatement().executeQuery("select count(*) from source where kind = 'PRESS'"))
                    .satisfies(rows -> {
                        rows.next();
                        assertThat(rows.getInt(1)).isEqualTo(1);
                    });
            try {
                later.createStatement().executeUpdate("insert into source values (2, 'RUMOUR')");
                throw new AssertionError("a kind outside the list went in");
            } catch (SQLException refused) {
                assertThat(refused.getSQLState()).isEqualTo("23513");
            }
            later.createStatement().execute("shutdown");
        }
    }
}
