package ai.scorecard.seed;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty database on start; production turns this off with {@code scorecard.seed.enabled=false}.
 * The application reports itself ready (readiness probe, {@code ApplicationReadyEvent}) only once the
 * seed is committed.
 */
@Component
@ConditionalOnBooleanProperty(name = "scorecard.seed.enabled", matchIfMissing = true)
@RequiredArgsConstructor
@Slf4j
class SeedOnStartup implements ApplicationRunner {

    private final SeedLoader loader;

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        if (loader.loadIntoEmptyDatabase()) {
            log.info("Seed loaded and committed in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
    }
}
