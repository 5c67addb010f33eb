package ai.scorecard.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.support.SimpleCacheManager;
import org.springframework.http.HttpStatus;

/**
 * Kept comparisons stay within their budget of characters, however many a crawler asks for; a comparison
 * readers keep reading outlasts the crawl.
 */
class DrawnComparisonsTest {

    final CaffeineCache cache = new ComparisonCacheConfig().comparisonsCache();
    final DrawnComparisons drawn = new DrawnComparisons(null, null, managerOf(cache));

    @Test
    void aCrawlerCannotGrowTheKeptHtmlPastTheBudgetNorPushOutWhatReadersRead() {
        DrawnComparison tenth = html((int) (DrawnComparisons.KEPT_CHARACTERS / 10));
        drawn.keep(key("read"), tenth);

        for (int pair = 0; pair < 100; pair++) {
            drawn.keep(key("crawled-" + pair), tenth);
            assertThat(keptCharacters()).as("after %d pages crawled", pair + 1)
                    .isLessThanOrEqualTo(DrawnComparisons.KEPT_CHARACTERS);
            // Meanwhile readers come back to one comparison: each is read more often than any crawled one.
            assertThat(drawn.get(key("read"))).as("after %d pages crawled", pair + 1).isPresent();
        }
    }

    @Test
    void aComparisonLargerThanTheWholeBudgetIsNotKept() {
        drawn.keep(key("small"), html(10));
        drawn.keep(key("huge"), html((int) DrawnComparisons.KEPT_CHARACTERS + 1));
        assertThat(keptCharacters()).isLessThanOrEqualTo(DrawnComparisons.KEPT_CHARACTERS);
        assertThat(drawn.get(key("huge"))).isEmpty();
    }

    /** The characters of HTML kept once Caffeine has done the evictions it does after a write, off the thread. */
    private long keptCharacters() {
        Cache<Object, Object> kept = cache.getNativeCache();
        kept.cleanUp();
        return kept.asMap().values().stream().mapToLong(comparison -> ((DrawnComparison) comparison).html().length())
                .sum();
    }

    private static SimpleCacheManager managerOf(CaffeineCache cache) {
        SimpleCacheManager manager = new SimpleCacheManager();
        manager.setCaches(List.of(cache));
        manager.afterPropertiesSet();
        return manager;
    }

    private static DrawnComparisons.Key key(String left) {
        return new DrawnComparisons.Key(new ComparisonRequest(left, "alibaba", "official", null, null), Locale.ENGLISH, 1, 1,
                LocalDate.of(2026, 12, 1));
    }

    private static DrawnComparison html(int characters) {
        return new DrawnComparison(HttpStatus.OK, "L", "R", "x".repeat(characters));
    }
}
