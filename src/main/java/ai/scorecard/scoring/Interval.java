package ai.scorecard.scoring;

/**
 * The range a score could take given what is unknown: every unknown indicator at its worst (0 points)
 * for {@code low}, at its best (100) for {@code high}, each weighing what it would weigh if known.
 * Published on the methodology page as {@code methodology.intervalText}.
 */
public record Interval(double low, double high) {

    public Interval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("An interval runs from low to high, not " + low + "…" + high);
        }
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    public double width() {
        return high - low;
    }
}
