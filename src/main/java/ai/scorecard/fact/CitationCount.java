package ai.scorecard.fact;

/** How many facts cite a source: those that hold now, and all of them (superseded and retracted ones too). */
public record CitationCount(long current, long all) {

    public static final CitationCount NONE = new CitationCount(0, 0);
}
