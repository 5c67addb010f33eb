package ai.scorecard.catalog;

import java.util.List;

/** The companies and the products whose English or Chinese name holds a reader's search text. */
public record CatalogMatches(List<Company> companies, List<Product> products) {
}
