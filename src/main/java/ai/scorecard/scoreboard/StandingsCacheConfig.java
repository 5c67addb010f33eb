package ai.scorecard.scoreboard;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How many standings {@link Scoreboard} keeps: a few, for all companies under each lens and the pairs being
 * compared. On the large dataset one set of standings for every company takes tens of megabytes.
 */
@Configuration(proxyBeanMethods = false)
class StandingsCacheConfig {

    static final int KEPT = 8;

    @Bean
    CaffeineCache standingsCache() {
        // Statistics feed the cache meters (cache.gets hit and miss, cache.evictions) on /actuator/metrics.
        return new CaffeineCache(Scoreboard.KEPT_STANDINGS,
                Caffeine.newBuilder().maximumSize(KEPT).recordStats().build(), false);
    }
}
