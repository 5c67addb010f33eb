package ai.scorecard.scoring;

import java.util.List;

/**
 * What an indicator measures. Model capability is scored on its own and never enters the
 * commercialization score, so that the gap between the two can be shown.
 */
public enum Dimension {
    MONETIZATION,
    ADOPTION,
    GROWTH_QUALITY,
    WORKFLOW_INTEGRATION,
    EXECUTION,
    MODEL_CAPABILITY;

    private static final List<Dimension> COMMERCIAL = List.of(MONETIZATION, ADOPTION, GROWTH_QUALITY,
            WORKFLOW_INTEGRATION, EXECUTION);

    /** The dimensions that make up the commercialization score, in display order. */
    public static List<Dimension> commercial() {
        return COMMERCIAL;
    }

    public boolean isCommercial() {
        return this != MODEL_CAPABILITY;
    }
}
