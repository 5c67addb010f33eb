package ai.scorecard.source;

/** What kind of publication a source is, most binding first. */
public enum SourceKind {
    FILING,
    COMPANY_STATEMENT,
    THIRD_PARTY_DATA,
    PRESS,
    COMMENTARY
}
