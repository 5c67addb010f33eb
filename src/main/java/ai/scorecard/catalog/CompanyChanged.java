package ai.scorecard.catalog;

/** A company was created or changed. */
public record CompanyChanged(String slug) {
}
