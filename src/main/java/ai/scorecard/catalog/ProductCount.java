package ai.scorecard.catalog;

/** How many products a company has. */
public record ProductCount(Long companyId, long products) {
}
