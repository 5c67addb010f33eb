package ai.scorecard.catalog;

/** A product was created, changed or deleted. */
public record ProductChanged(String slug) {
}
