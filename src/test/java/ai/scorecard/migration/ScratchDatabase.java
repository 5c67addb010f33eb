package ai.scorecard.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.opentest4j.TestAbortedException;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An empty database of a test's own, dropped when the test is done, so that a migration can be run on data
 * the test chose without touching the database the rest of the suite shares.
 */
final class ScratchDatabase implements AutoCloseable {

    private static final Pattern POSTGRESQL_URL = Pattern.compile("(jdbc:postgresql://[^/?]*)/[^?]*(\\?.*)?");

    private final String vendor;
    private final DataSource dataSource;
    private final Runnable drop;

    private ScratchDatabase(String vendor, DataSource dataSource, Runnable drop) {
        this.vendor = vendor;
        this.dataSource = dataSource;
        this.drop = drop;
    }

    /**
     * An in-memory H2 in the application's PostgreSQL mode, named so that no other test reaches it, on one
     * connection kept open throughout: H2 2.4.240 breaks a CHECK (column IN (…)) once the connection that
     * created it closes ("Check constraint invalid", h2database issue 4302), and Flyway would close its own.
     */
    static ScratchDatabase h2() {
        String url = "jdbc:h2:mem:migration-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        return new ScratchDatabase("h2", dataSource, dataSource::destroy);
    }

    /**
     * A new database on the PostgreSQL server the suite runs against, when it runs against one: the postgres
     * profile with SCORECARD_DB_URL, SCORECARD_DB_USER and SCORECARD_DB_PASSWORD, as .ci/run sets them, read
     * through application-postgres.properties as the application reads them. On H2 there is no server to use,
     * and the test is skipped; under the profile, a server that cannot be reached fails it.
     */
    static ScratchDatabase postgresql() {
        StandardEnvironment environment = new StandardEnvironment();
        if (!Arrays.asList(environment.getActiveProfiles()).contains("postgres")) {
            throw new TestAbortedException("Runs in the suite's PostgreSQL pass (SPRING_PROFILES_ACTIVE=postgres "
                    + "and SCORECARD_DB_URL, see .ci/run)");
        }
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource("classpath:application-postgres.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String suiteUrl = environment.getRequiredProperty("spring.datasource.url");
        String user = environment.getRequiredProperty("spring.datasource.username");
        String password = environment.getRequiredProperty("spring.datasource.password");
        Matcher url = POSTGRESQL_URL.matcher(suiteUrl);
        if (!url.matches()) {
            throw new IllegalStateException("Not a PostgreSQL address: " + suiteUrl);
        }
        String name = "scorecard_migration_" + UUID.randomUUID().toString().replace("-", "");
        String parameters = url.group(2) == null ? "" : url.group(2);
        JdbcTemplate server = new JdbcTemplate(
                new DriverManagerDataSource(url.group(1) + "/postgres" + parameters, user, password));
        server.execute("CREATE DATABASE " + name);
        return new ScratchDatabase("postgresql",
                new DriverManagerDataSource(url.group(1) + "/" + name + parameters, user, password),
                () -> server.execute("DROP DATABASE IF EXISTS " + name));
    }

    /** The folder of db/vendor with this database's own migrations, as spring.flyway.locations names it. */
    String vendor() {
        return vendor;
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        drop.run();
    }
}
