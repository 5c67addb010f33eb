package ai.scorecard.catalog;

/** How deeply the AI sits in the user's work, deepest first. */
public enum IntegrationDepth {
    PLATFORM,
    WORKFLOW_EMBEDDED,
    STANDALONE,
    ADD_ON,
    UNKNOWN
}
