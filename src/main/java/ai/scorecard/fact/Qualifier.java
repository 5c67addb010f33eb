package ai.scorecard.fact;

/** How a reported figure relates to the true value. */
public enum Qualifier {
    EXACT,
    AT_LEAST,
    AT_MOST,
    ABOUT
}
