package ai.scorecard.catalog;

/** A product's weight in its company's scores. */
public enum Weight {
    FLAGSHIP,
    MAJOR,
    MINOR
}
