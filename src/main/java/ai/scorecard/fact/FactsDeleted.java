package ai.scorecard.fact;

/** Every fact about a product was removed, because the product itself is going. */
public record FactsDeleted(long productId) {
}
