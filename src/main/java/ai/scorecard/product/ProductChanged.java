package ai.scorecard.product;

/** A product was created, changed or deleted. */
public record ProductChanged(String slug) {
}
