package ai.scorecard.seed;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** Seeds an empty database on start; production turns this off with {@code scorecard.seed.enabled=false}. */
@Component
@ConditionalOnBooleanProperty(name = "scorecard.seed.enabled", matchIfMissing = true)
@RequiredArgsConstructor
class SeedOnStartup implements ApplicationRunner {

    private final SeedLoader loader;

    @Override
    public void run(ApplicationArguments args) {
        loader.loadIntoEmptyDatabase();
    }
}
