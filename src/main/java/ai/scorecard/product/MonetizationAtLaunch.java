package ai.scorecard.product;

/** Whether the product had a paid path on the day it launched. */
public enum MonetizationAtLaunch {
    YES,
    NO,
    UNKNOWN
}
