package ai.scorecard.scoring;

import ai.scorecard.product.GrowthDriver;
import ai.scorecard.product.IntegrationDepth;
import ai.scorecard.product.MonetizationAtLaunch;
import ai.scorecard.product.Stage;
import java.util.Arrays;
import java.util.List;

/**
 * A playbook trait that editors set on the product itself rather than record as a dated fact. A trait
 * never goes stale; a trait left at UNKNOWN (or a missing stage) is unknown.
 */
public enum Trait implements Signal {
    STAGE(Stage.values()),
    MONETIZATION_AT_LAUNCH(MonetizationAtLaunch.values()),
    GROWTH_DRIVER(GrowthDriver.values()),
    INTEGRATION_DEPTH(IntegrationDepth.values());

    private static final String UNKNOWN = "UNKNOWN";

    private final List<String> levels;

    Trait(Enum<?>[] values) {
        this.levels = Arrays.stream(values).map(Enum::name).filter(name -> !name.equals(UNKNOWN)).toList();
    }

    @Override
    public String code() {
        return TRAIT_PREFIX + name();
    }

    @Override
    public List<String> levels() {
        return levels;
    }

    /** The product's level for this trait, or null when it is not known. */
    String read(ProductInput product) {
        Enum<?> value = switch (this) {
            case STAGE -> product.stage();
            case MONETIZATION_AT_LAUNCH -> product.monetizationAtLaunch();
            case GROWTH_DRIVER -> product.growthDriver();
            case INTEGRATION_DEPTH -> product.integrationDepth();
        };
        if (value == null || value.name().equals(UNKNOWN)) {
            return null;
        }
        return value.name();
    }
}
