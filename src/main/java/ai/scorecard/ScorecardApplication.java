package ai.scorecard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class ScorecardApplication {

    public static void main(String[] args) {
        SpringApplication.run(ScorecardApplication.class, args);
    }

    /**
     * "Today" decides which facts are fresh. {@code scorecard.today} pins it, so that a demo or a test
     * reads the same scores next year as today; without it the system clock rules.
     */
    @Bean
    Clock clock(@Value("${scorecard.today:}") String today) {
        if (today.isBlank()) {
            return Clock.systemUTC();
        }
        return Clock.fixed(LocalDate.parse(today).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }
}
