package ai.scorecard.comparison;

import ai.scorecard.scoreboard.Scoreboard;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** Enough for every pair of the seed's companies under every lens, in both languages, a few times over. */
    private static final int KEPT = 256;

    record Key(ComparisonRequest request, Locale locale, int currentMethodology, long dataVersion, LocalDate today) {
    }

    private final Scoreboard scoreboard;
    private final Clock clock;
    private final Map<Key, DrawnComparison> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, DrawnComparison> eldest) {
            return size() > KEPT;
        }
    });

    DrawnComparisons(Scoreboard scoreboard, Clock clock) {
        this.scoreboard = scoreboard;
        this.clock = clock;
    }

    Key key(ComparisonRequest request, Locale locale) {
        return new Key(request, locale, scoreboard.methodology().version(), scoreboard.dataVersion(),
                LocalDate.now(clock));
    }

    Optional<DrawnComparison> get(Key key) {
        return Optional.ofNullable(kept.get(key));
    }

    void keep(Key key, DrawnComparison comparison) {
        kept.put(key, comparison);
    }
}
