package ai.scorecard.scoreboard;

/** A methodology version that was never published. */
public class UnknownVersion extends RuntimeException {

    private final int version;

    public UnknownVersion(int version) {
        super("No methodology version " + version);
        this.version = version;
    }

    public int version() {
        return version;
    }
}
