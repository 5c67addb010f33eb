package ai.scorecard.chart;

import java.util.OptionalDouble;

/** Short names for the inputs of the chart tests. */
final class Fixtures {

    private Fixtures() {
    }

    static OptionalDouble of(double value) {
        return OptionalDouble.of(value);
    }

    static OptionalDouble unknown() {
        return OptionalDouble.empty();
    }
}
