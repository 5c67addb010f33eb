package ai.scorecard.scoring;

import ai.scorecard.catalog.Weight;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One published version of the scoring rules, as data. A version is never edited in place; a service
 * builds it from the methodology tables and hands it to a {@link Scorer}.
 *
 * @param freshnessDays  a fact whose as-of date is more than this many days before "today" is stale
 * @param productWeights a product's weight in its company's roll-up, by its {@link Weight}
 * @param evidence       how much sourced evidence a score needs and how thin evidence is read;
 *                       {@link EvidenceRule#NONE} for version 1
 */
public record Methodology(int version, int freshnessDays, List<Indicator> indicators, List<Lens> lenses,
        Map<Weight, Double> productWeights, List<StyleTrait> styleTraits, EvidenceRule evidence) {

    /** Rules without an evidence minimum or a prior, as version 1 reads evidence. */
    public Methodology(int version, int freshnessDays, List<Indicator> indicators, List<Lens> lenses,
            Map<Weight, Double> productWeights, List<StyleTrait> styleTraits) {
        this(version, freshnessDays, indicators, lenses, productWeights, styleTraits, EvidenceRule.NONE);
    }

    public Methodology {
        Objects.requireNonNull(evidence, "evidence");
        if (freshnessDays <= 0) {
            throw new IllegalArgumentException("The freshness window must be positive, not " + freshnessDays);
        }
        indicators = List.copyOf(indicators);
        lenses = List.copyOf(lenses);
        productWeights = Map.copyOf(productWeights);
        styleTraits = List.copyOf(styleTraits);
        requireUnique(indicators.stream().map(Indicator::code).toList(), "indicator code");
        requireUnique(lenses.stream().map(Lens::code).toList(), "lens code");
        requireUnique(styleTraits.stream().map(StyleTrait::signal).toList(), "style trait signal");
        for (Weight weight : Weight.values()) {
            Double value = productWeights.get(weight);
            if (value == null || !(value > 0 && Double.isFinite(value))) {
                throw new IllegalArgumentException("Every product weight needs a positive value: " + weight + " → " + value);
            }
        }
    }

    public Optional<Lens> lens(String code) {
        for (Lens lens : lenses) {
            if (lens.code().equals(code)) {
                return Optional.of(lens);
            }
        }
        return Optional.empty();
    }

    /** The official lens, which every version must have. */
    public Lens official() {
        return lens(Lens.OFFICIAL).orElseThrow(() -> new IllegalStateException(
                "Methodology version " + version + " has no " + Lens.OFFICIAL + " lens"));
    }

    public double productWeight(Weight weight) {
        return productWeights.get(Objects.requireNonNull(weight, "weight"));
    }

    private static void requireUnique(List<?> values, String what) {
        Set<Object> seen = new HashSet<>();
        for (Object value : values) {
            if (!seen.add(value)) {
                throw new IllegalArgumentException("Duplicate " + what + ": " + value);
            }
        }
    }
}
