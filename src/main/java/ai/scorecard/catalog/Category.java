package ai.scorecard.catalog;

/** The product categories the comparison pages pair products by. */
public enum Category {
    FOUNDATION_MODEL,
    ASSISTANT_APP,
    CLOUD_AND_MODEL_API,
    CODING_TOOL,
    AGENT_PLATFORM,
    CREATIVE_TOOLS,
    PRODUCTIVITY_AND_OFFICE,
    COMMERCE,
    MAPS_AND_LOCAL_SERVICES
}
