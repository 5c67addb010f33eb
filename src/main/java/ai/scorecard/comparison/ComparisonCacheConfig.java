package ai.scorecard.comparison;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The drawn comparisons are bounded by their characters of HTML, not their number: one comparison can be
 * ten times the size of another. Which go first is Caffeine's choice (W-TinyLFU): a crawler asking for
 * every pair once does not push out the comparisons readers keep coming back to. The drawn sides and frames of
 * comparisons are bounded the same way.
 */
@Configuration(proxyBeanMethods = false)
class ComparisonCacheConfig {

    @Bean
    CaffeineCache comparisonsCache() {
        return new CaffeineCache(DrawnComparisons.CACHE, Caffeine.newBuilder()
                .maximumWeight(DrawnComparisons.KEPT_CHARACTERS)
                .weigher((Object key, Object drawn) -> ((DrawnComparison) drawn).html().length())
                // Statistics feed the cache meters (cache.gets hit and miss, cache.evictions) on /actuator/metrics.
                .recordStats()
                .build(), false);
    }

    @Bean
    CaffeineCache comparisonSidesCache() {
        return new CaffeineCache(DrawnSides.CACHE, Caffeine.newBuilder()
                .maximumWeight(DrawnSides.KEPT_CHARACTERS)
                .weigher((Object key, Object side) -> ((DrawnSides.DrawnSide) side).length())
                .recordStats()
                .build(), false);
    }

    @Bean
    CaffeineCache comparisonFramesCache() {
        return new CaffeineCache(DrawnFrames.CACHE, Caffeine.newBuilder()
                .maximumWeight(DrawnFrames.KEPT_CHARACTERS)
                .weigher((Object key, Object frame) -> ((Frame) frame).length())
                .recordStats()
                .build(), false);
    }

    @Bean
    CaffeineCache companyChoicesCache() {
        // One entry per language and data version: the current ones, and a few just left behind.
        return new CaffeineCache(CompanyChoices.CACHE, Caffeine.newBuilder()
                .maximumSize(8)
                .recordStats()
                .build(), false);
    }
}
