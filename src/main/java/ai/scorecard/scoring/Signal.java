package ai.scorecard.scoring;

import ai.scorecard.fact.Metric;
import java.util.List;
import java.util.Objects;

/**
 * What an indicator or a style trait reads: a fact's metric, or one of the traits editors set on a
 * product. Metric and trait names overlap (GROWTH_DRIVER is both), so a stored signal keeps its kind
 * in its {@link #code()}: {@code fact:ANNUAL_REVENUE}, {@code trait:STAGE}.
 */
public sealed interface Signal permits Signal.OfMetric, Trait {

    String FACT_PREFIX = "fact:";
    String TRAIT_PREFIX = "trait:";

    static Signal of(Metric metric) {
        return new OfMetric(metric);
    }

    /** Reads a {@link #code()} back, as stored in the methodology tables. */
    static Signal parse(String code) {
        Objects.requireNonNull(code, "code");
        if (code.startsWith(FACT_PREFIX)) {
            return of(Metric.valueOf(code.substring(FACT_PREFIX.length())));
        }
        if (code.startsWith(TRAIT_PREFIX)) {
            return Trait.valueOf(code.substring(TRAIT_PREFIX.length()));
        }
        throw new IllegalArgumentException("A signal code starts with fact: or trait:, not " + code);
    }

    String code();

    /** The levels a {@link Rubric.Levels} or a {@link StyleTrait} may name; empty for numeric metrics. */
    List<String> levels();

    default boolean readsLevels() {
        return !levels().isEmpty();
    }

    /** A fact metric as a signal. */
    record OfMetric(Metric metric) implements Signal {

        public OfMetric {
            Objects.requireNonNull(metric, "metric");
        }

        @Override
        public String code() {
            return FACT_PREFIX + metric.name();
        }

        @Override
        public List<String> levels() {
            return metric.levels();
        }

        @Override
        public String toString() {
            return code();
        }
    }
}
