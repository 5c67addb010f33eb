package ai.scorecard.chart;

/** Which of the two compared companies: the left (first, solid) or the right (second, hatched or dashed). */
public enum Side {
    LEFT, RIGHT
}
