package ai.scorecard;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Says in plain words why the application did not start when the database could not be reached or
 * did not answer: a connection exception (SQL state class 08) anywhere in the cause. With the time
 * limits of the postgres profile this happens within seconds; without them a database that accepted the
 * connection and never answered held the start-up for a minute and a half.
 */
class DatabaseDidNotAnswer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseDidNotAnswer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getSQLState() == null || !cause.getSQLState().startsWith("08")) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(no spring.datasource.url)");
        return new FailureAnalysis("The database did not answer: no connection to " + url + " could be made ("
                + cause.getMessage() + ").",
                "Check that the database is running and reachable at that address, and the settings "
                        + "SCORECARD_DB_URL, SCORECARD_DB_USER and SCORECARD_DB_PASSWORD.", cause);
    }
}
