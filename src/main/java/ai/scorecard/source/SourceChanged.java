package ai.scorecard.source;

/** A source was added or corrected: every page that shows a fact citing it shows it anew. */
public record SourceChanged(long sourceId) {
}
