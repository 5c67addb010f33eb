package ai.scorecard.scoring;

import java.util.Map;
import java.util.Objects;

/**
 * A weighting of the commercialization dimensions. Weights need not sum to 1: they are used as shares
 * of their sum. Model capability has no weight here because it never enters the commercialization
 * score; the capability-first lens instead favours the dimensions a strong model shows up in.
 */
public record Lens(String code, Map<Dimension, Double> dimensionWeights) {

    public static final String OFFICIAL = "official";
    public static final String MONETIZATION_FIRST = "monetization-first";
    public static final String GROWTH_FIRST = "growth-first";
    public static final String CAPABILITY_FIRST = "capability-first";

    public Lens {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A lens needs a code");
        }
        Objects.requireNonNull(dimensionWeights, "dimensionWeights");
        double sum = 0;
        for (Map.Entry<Dimension, Double> entry : dimensionWeights.entrySet()) {
            Double weight = entry.getValue();
            if (entry.getKey() == null || weight == null || !(weight >= 0 && Double.isFinite(weight))) {
                throw new IllegalArgumentException(code + ": weights are finite and not negative: " + entry);
            }
            if (!entry.getKey().isCommercial() && weight > 0) {
                throw new IllegalArgumentException(code + ": model capability never enters the commercialization score");
            }
            sum += weight;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException(code + ": a lens needs some weight");
        }
        dimensionWeights = Map.copyOf(dimensionWeights);
    }

    /** The weight of a dimension as a share of all the lens's weights. */
    public double share(Dimension dimension) {
        double sum = 0;
        for (double weight : dimensionWeights.values()) {
            sum += weight;
        }
        return dimensionWeights.getOrDefault(dimension, 0.0) / sum;
    }

    double weight(Dimension dimension) {
        Double weight = dimensionWeights.get(dimension);
        return weight == null ? 0 : weight;
    }
}
