package ai.scorecard.fact;

/** Where a fact comes from, most trustworthy first. */
public enum Provenance {
    COMPANY_REPORTED,
    THIRD_PARTY,
    ANALYST_ESTIMATE,
    COMMENTARY
}
