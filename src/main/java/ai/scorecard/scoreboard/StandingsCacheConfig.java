package ai.scorecard.scoreboard;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How many standings {@link Scoreboard} keeps, weighed by their products: on the large dataset one set of
 * standings for every company (10,000 products) takes about twenty megabytes, and one company's a few hundred
 * kilobytes. Enough for every company under each of four lenses and the companies being looked at; standings
 * of a data version moved past are pushed out, not kept beside the new ones until some count is reached.
 */
@Configuration(proxyBeanMethods = false)
class StandingsCacheConfig {

    static final long KEPT_PRODUCTS = 45_000;

    @Bean
    CaffeineCache standingsCache() {
        // Statistics feed the cache meters (cache.gets hit and miss, cache.evictions) on /actuator/metrics.
        return new CaffeineCache(Scoreboard.KEPT_STANDINGS, Caffeine.newBuilder()
                .maximumWeight(KEPT_PRODUCTS)
                .weigher((Object key, Object standings) -> 1 + ((Standings) standings).products().size())
                .recordStats().build(), false);
    }
}
