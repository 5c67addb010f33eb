package ai.scorecard.catalog;

/** A company or a product as someone states it, before the catalog checks and stores it. */
public sealed interface Draft<T extends Entry> permits CompanyDraft, ProductDraft {

    String slug();
}
