/**
 * The read-only JSON API under {@code /api/v1} for analysts (pandas, R): companies, products, their facts with
 * their sources, scores and comparisons under a lens and methodology version, and the methodology itself, computed
 * by the same services as the pages. {@link ai.scorecard.api.Datasets} builds the records the API answers with and
 * the exports write. Also here: RFC 9457 problem details for the API and the exports, their ETag and caching, and
 * the OpenAPI document ({@code /v3/api-docs}, browsable at {@code /api}).
 */
@ApplicationModule(allowedDependencies = {"catalog", "checks", "comparison", "fact", "products", "scoreboard",
        "scoring", "source"})
package ai.scorecard.api;

import org.springframework.modulith.ApplicationModule;
