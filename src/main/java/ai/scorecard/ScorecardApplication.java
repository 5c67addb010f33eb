package ai.scorecard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@EnableConfigurationProperties(ScorecardSettings.class)
public class ScorecardApplication {

    public static void main(String[] args) {
        SpringApplication.run(ScorecardApplication.class, args);
    }

    /**
     * "Today" decides which facts are fresh. {@code scorecard.today} pins it, so that a demo or a test
     * reads the same scores next year as today; without it the system clock rules.
     */
    @Bean
    Clock clock(ScorecardSettings settings) {
        LocalDate today = settings.today();
        if (today == null) {
            return Clock.systemUTC();
        }
        return Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }
}
