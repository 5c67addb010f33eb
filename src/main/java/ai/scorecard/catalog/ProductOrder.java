package ai.scorecard.catalog;

/** The columns a product list can be sorted by. */
public enum ProductOrder {
    NAME,
    COMPANY,
    CATEGORY,
    STAGE,
    LAUNCHED
}
