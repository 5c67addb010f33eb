package ai.scorecard.chart;

/** Who leads a row of a comparison, compared on the figures shown (one decimal). */
public enum Leader {
    LEFT, RIGHT, TIE,
    /** One or both values are unknown: there is no leader to mark. */
    UNKNOWN;

    static Leader of(java.util.OptionalDouble left, java.util.OptionalDouble right) {
        if (left.isEmpty() || right.isEmpty()) {
            return UNKNOWN;
        }
        int order = Double.compare(Svg.round1(left.getAsDouble()), Svg.round1(right.getAsDouble()));
        return order > 0 ? LEFT : order < 0 ? RIGHT : TIE;
    }
}
