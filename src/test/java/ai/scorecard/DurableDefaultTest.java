package ai.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default must not acknowledge a write it has not yet handed to the file: H2's default
 * write delay (500 ms) lost saved facts when the JVM was killed. bench/crash.sh is the proof under load;
 * this checks, cheaply, that the shipped URL opens a database with no write delay.
 */
class DurableDefaultTest {

    @Test
    void theShippedH2UrlWritesEachCommitAtOnce(@TempDir Path folder) throws Exception {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        String url = shipped.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/scorecard;");

        String here = url.replace("./data/scorecard", folder.resolve("scorecard").toString());
        try (Connection connection = DriverManager.getConnection(here, "sa", "");
                ResultSet setting = connection.createStatement().executeQuery(
                        "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("0");
        }
        assertThat(Files.list(folder)).isNotEmpty();
    }
}
