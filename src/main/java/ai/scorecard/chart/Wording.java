package ai.scorecard.chart;

/** The words a chart says, in the reader's language: a message of the {@code charts} bundle by its key. */
@FunctionalInterface
public interface Wording {

    String of(String key, Object... arguments);
}
