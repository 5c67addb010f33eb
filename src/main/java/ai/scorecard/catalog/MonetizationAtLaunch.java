package ai.scorecard.catalog;

/** Whether the product had a paid path on the day it launched. */
public enum MonetizationAtLaunch {
    YES,
    NO,
    UNKNOWN
}
