package ai.scorecard.scoring;

import java.time.LocalDate;

/** "Today" and the freshness window, worked out once per call rather than once per fact. */
final class Freshness {

    private final long today;
    private final int days;
    /** Compared with isBefore, which is cheaper than turning every as-of date into an epoch day. */
    private final LocalDate oldestCurrent;

    Freshness(LocalDate today, int days) {
        this.today = today.toEpochDay();
        this.days = days;
        this.oldestCurrent = today.minusDays(days);
    }

    boolean isStale(Evidence evidence) {
        return evidence.asOf().isBefore(oldestCurrent);
    }

    /** How much a current fact still counts for its age; see {@link Confidence#AGE_FLOOR}. */
    double ageFactor(Evidence evidence) {
        // A fact dated after today (a forecast, a typo) counts as new rather than being rewarded.
        long age = Math.max(0, Math.min(days, today - evidence.asOf().toEpochDay()));
        return 1 - (1 - Confidence.AGE_FLOOR) * age / days;
    }
}
