package ai.scorecard.scoring;

import java.util.Map;
import java.util.Objects;

/**
 * One observation that places a product or company between the playbooks: each level of the signal
 * has a position from −1 (Alibaba-style) to +1 (ByteDance-style). A level not listed places nothing.
 */
public record StyleTrait(Signal signal, Map<String, Double> positionByLevel, double weight) {

    public StyleTrait {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(positionByLevel, "positionByLevel");
        if (!signal.readsLevels()) {
            throw new IllegalArgumentException(signal.code() + " is numeric; a style trait reads levels");
        }
        positionByLevel.forEach((level, position) -> {
            if (level == null || !signal.levels().contains(level)) {
                throw new IllegalArgumentException(level + " is not a level of " + signal.code());
            }
            if (position == null || !(position >= -1 && position <= 1)) {
                throw new IllegalArgumentException("Positions lie in −1…+1: " + level + " → " + position);
            }
        });
        if (!(weight > 0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException(signal.code() + ": weight must be positive, not " + weight);
        }
        positionByLevel = Map.copyOf(positionByLevel);
    }
}
