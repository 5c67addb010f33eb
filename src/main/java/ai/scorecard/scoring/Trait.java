package ai.scorecard.scoring;

import ai.scorecard.catalog.GrowthDriver;
import ai.scorecard.catalog.IntegrationDepth;
import ai.scorecard.catalog.MonetizationAtLaunch;
import ai.scorecard.catalog.Stage;
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
        // levelIndex reads a value's ordinal as its place in levels(), which holds only while UNKNOWN comes last.
        for (int i = 0; i < levels.size(); i++) {
            if (!values[i].name().equals(levels.get(i))) {
                throw new IllegalStateException(name() + ": UNKNOWN must be the last value of " + values[i].getDeclaringClass().getSimpleName());
            }
        }
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
        int index = levelIndex(product);
        return index < 0 ? null : levels.get(index);
    }

    /** The place of the product's level in {@link #levels()}, or -1 when it is not known. */
    int levelIndex(ProductInput product) {
        Enum<?> value = switch (this) {
            case STAGE -> product.stage();
            case MONETIZATION_AT_LAUNCH -> product.monetizationAtLaunch();
            case GROWTH_DRIVER -> product.growthDriver();
            case INTEGRATION_DEPTH -> product.integrationDepth();
        };
        return value == null || value.ordinal() >= levels.size() ? -1 : value.ordinal();
    }
}
