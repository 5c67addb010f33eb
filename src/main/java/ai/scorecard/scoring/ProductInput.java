package ai.scorecard.scoring;

import ai.scorecard.product.Category;
import ai.scorecard.product.GrowthDriver;
import ai.scorecard.product.IntegrationDepth;
import ai.scorecard.product.MonetizationAtLaunch;
import ai.scorecard.product.Stage;
import ai.scorecard.product.Weight;
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
