package ai.scorecard.api;

import ai.scorecard.scoring.Interval;
import java.util.Optional;
import java.util.OptionalDouble;

/** Unknown figures become null in the records, never 0. */
final class Figures {

    private Figures() {
    }

    static Double of(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    static Double low(Optional<Interval> interval) {
        return interval.map(Interval::low).orElse(null);
    }

    static Double high(Optional<Interval> interval) {
        return interval.map(Interval::high).orElse(null);
    }
}
