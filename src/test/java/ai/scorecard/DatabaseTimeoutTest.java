package ai.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A database that accepts the connection and never answers: the application gives up within seconds
 * and says why, instead of hanging for a minute and a half.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseTimeoutTest {

    @Test
    void startingAgainstADatabaseThatNeverAnswersFailsFastAndSaysSo(CapturedOutput output) throws Exception {
        // Never accepted, never answered: the operating system completes the connection all the same.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/scorecard";
            Instant start = Instant.now();
            assertThatThrownBy(() -> StandaloneApplication.start(url, "--spring.profiles.active=postgres").close())
                    .isInstanceOf(Exception.class);
            // 10 s to give up connecting, and the rest of a start-up on a busy machine; before, about 96 s.
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(40));
        }
        assertThat(output.getAll()).contains("The database did not answer: no connection to jdbc:postgresql://127.0.0.1:");
    }
}
