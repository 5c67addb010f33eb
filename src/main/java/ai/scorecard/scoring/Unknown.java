package ai.scorecard.scoring;

/** Why an indicator has no points. An unknown indicator drops out of the score; it never counts as zero. */
public enum Unknown {
    /** No current fact for the metric, or the trait is UNKNOWN. */
    MISSING,
    /** The newest fact is older than the methodology's freshness window. */
    STALE,
    /** There is a fresh fact but the rubric cannot read it: a level not on the rubric, a missing value, a rank below 1. */
    UNRATED
}
