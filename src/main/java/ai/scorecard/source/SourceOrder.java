package ai.scorecard.source;

/** How a list of sources is ordered. */
public enum SourceOrder {
    /** The ones added to the bibliography last come first. */
    NEWEST,
    /** By title, in any case. */
    TITLE
}
