package ai.scorecard.scoring;

import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Stage;
import ai.scorecard.catalog.Weight;
import java.util.List;
import java.util.Objects;

/**
 * A product with its editor-set traits and its current facts. A null trait counts as UNKNOWN.
 */
public record ProductInput(String slug, String companySlug, Category category, Weight weight, Stage stage,
        MonetizationAtLaunch monetizationAtLaunch, GrowthDriver growthDriver, IntegrationDepth integrationDepth,
        List<Evidence> facts) {

    public ProductInput {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(weight, "weight");
        facts = List.copyOf(facts);
    }
}
