package ai.scorecard.catalog;

/** How far a product has come, in the order the execution rubric ranks them. */
public enum Stage {
    ANNOUNCED,
    PILOT,
    LAUNCHED,
    MONETIZED
}
