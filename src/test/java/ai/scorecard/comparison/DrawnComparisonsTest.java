package ai.scorecard.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Kept comparisons stay within their budget of characters, the least recently read going first. */
class DrawnComparisonsTest {

    final DrawnComparisons drawn = new DrawnComparisons(null, null);

    @Test
    void theLeastRecentlyReadGoFirstOnceTheBudgetIsSpent() {
        int third = (int) (DrawnComparisons.KEPT_CHARACTERS / 3);
        drawn.keep(key("a"), html(third));
        drawn.keep(key("b"), html(third));
        drawn.keep(key("c"), html(third));
        assertThat(drawn.get(key("a"))).isPresent(); // read again: now the most recent

        drawn.keep(key("d"), html(third));

        assertThat(drawn.get(key("b"))).as("least recently read").isEmpty();
        assertThat(drawn.get(key("a"))).isPresent();
        assertThat(drawn.get(key("c"))).isPresent();
        assertThat(drawn.get(key("d"))).isPresent();
    }

    @Test
    void aComparisonLargerThanTheWholeBudgetIsNotKept() {
        drawn.keep(key("small"), html(10));
        drawn.keep(key("huge"), html((int) DrawnComparisons.KEPT_CHARACTERS + 1));
        assertThat(drawn.get(key("huge"))).isEmpty();
        assertThat(drawn.get(key("small"))).isEmpty();
    }

    private static DrawnComparisons.Key key(String left) {
        return new DrawnComparisons.Key(new ComparisonRequest(left, "alibaba", "official", null), Locale.ENGLISH, 1, 1,
                LocalDate.of(2026, 12, 1));
    }

    private static DrawnComparison html(int characters) {
        return new DrawnComparison(HttpStatus.OK, "L", "R", "x".repeat(characters));
    }
}
