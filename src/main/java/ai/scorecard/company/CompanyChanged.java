package ai.scorecard.company;

/** A company was created or changed. */
public record CompanyChanged(String slug) {
}
