package ai.scorecard.catalog;

/** What brings users to the product, best playbook first. */
public enum GrowthDriver {
    PRODUCT_LED,
    BUNDLED,
    PAID_ADS,
    SUBSIDY,
    UNKNOWN
}
