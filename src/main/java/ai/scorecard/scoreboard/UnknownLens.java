package ai.scorecard.scoreboard;

/** A lens code that the current methodology does not define. */
public class UnknownLens extends RuntimeException {

    private final String code;

    public UnknownLens(String code) {
        super("No lens named " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
