package ai.scorecard.comparison;

import ai.scorecard.scoreboard.Scoreboard;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The comparisons drawn lately, kept by everything that decides what they show: the request, the
 * language, the current methodology version, the {@linkplain ai.scorecard.scoreboard.DataVersion data version} of the
 * facts and "today" (scores age). Any edit or publication changes the key, on every instance at once,
 * so a kept comparison is never out of date; it is only ever a faster way to the same HTML.
 *
 * <p>The drawn part must not depend on who reads it: it holds no CSRF token, no name and no link that
 * only editors see (it has only GET forms).
 */
@Component
class DrawnComparisons {

    /** The cache the comparisons are kept in; see {@link ComparisonCacheConfig} for how it is bounded. */
    static final String CACHE = "comparisons";

    /**
     * At most this many characters of HTML are kept: a comparison is 40,000 to 200,000 characters, and the whole
     * application must fit a 512 MB heap with the large dataset. Anonymous readers are mostly answered from the
     * whole pages kept in front (web.KeptPages); these serve signed-in readers and the first draw of a page.
     */
    static final long KEPT_CHARACTERS = 1_000_000;

    record Key(ComparisonRequest request, Locale locale, int currentMethodology, long dataVersion, LocalDate today) {

        /**
         * What does not depend on the pair or on the facts: the key of what every pair under the same lens, version,
         * day and language shares (the page's frame), and, with a company and its scoring, of that company's side.
         */
        Key withoutPair() {
            return new Key(request.withoutPair(), locale, currentMethodology, 0, today);
        }
    }

    private final Scoreboard scoreboard;
    private final Clock clock;
    private final KeptDrawings<Key, DrawnComparison> kept;

    DrawnComparisons(Scoreboard scoreboard, Clock clock, CacheManager caches) {
        this.scoreboard = scoreboard;
        this.clock = clock;
        this.kept = new KeptDrawings<>(caches, CACHE, DrawnComparison.class);
    }

    Key key(ComparisonRequest request, Locale locale) {
        return new Key(request, locale, scoreboard.methodology().version(), scoreboard.dataVersion(),
                LocalDate.now(clock));
    }

    Optional<DrawnComparison> get(Key key) {
        return kept.get(key);
    }

    /** Keeps a comparison drawn from committed data; one drawn inside a writing transaction may never be. */
    void keep(Key key, DrawnComparison comparison) {
        kept.keep(key, comparison);
    }
}
