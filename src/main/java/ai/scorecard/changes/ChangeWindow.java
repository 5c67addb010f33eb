package ai.scorecard.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The days a reader asks about: what happened after the end of {@code from} up to the end of {@code to}, in the
 * scorecard's zone. Scores are compared at those two ends, so every change listed is one that can have moved them.
 */
public record ChangeWindow(LocalDate from, LocalDate to) {

    /** What {@code /changes} shows when not asked for particular days. */
    public static final int DEFAULT_DAYS = 30;

    public ChangeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new Reversed(from, to);
        }
    }

    /**
     * The days asked for, each defaulting to the last {@link #DEFAULT_DAYS} days up to today; a day after today
     * stands for today, since nothing has happened after it yet.
     */
    public static ChangeWindow of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null || to.isAfter(today) ? today : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS) : from.isAfter(today) ? today : from;
        return new ChangeWindow(start, end);
    }

    /** The first moment that counts: the end of {@code from}. */
    public Instant start(ZoneId zone) {
        return from.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The first moment that no longer counts: the end of {@code to}. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** A window that ends before it starts: the reader swapped the dates. */
    public static final class Reversed extends IllegalArgumentException {

        private final transient LocalDate from;
        private final transient LocalDate to;

        Reversed(LocalDate from, LocalDate to) {
            super("from " + from + " is after to " + to);
            this.from = from;
            this.to = to;
        }

        public LocalDate from() {
            return from;
        }

        public LocalDate to() {
            return to;
        }
    }
}
