package ai.scorecard.scoreboard;

/**
 * Whether scores count the facts someone disputes ({@code ?disputed=exclude} leaves them out), so that a reader
 * sees whether a verdict hangs on them. A disputed fact counts unless the reader says otherwise: a dispute is one
 * side's word, not a retraction.
 */
public enum Disputed {
    INCLUDE,
    EXCLUDE;

    /** The reader's choice, or counting them when the reader said nothing. */
    public static Disputed orInclude(Disputed asked) {
        return asked == null ? INCLUDE : asked;
    }

    public boolean excluded() {
        return this == EXCLUDE;
    }
}
