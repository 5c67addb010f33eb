package ai.scorecard.fact;

import java.util.List;

/**
 * What a fact measures. Numeric metrics carry a value; qualitative ones carry one of a fixed list of
 * levels, so that an observation such as "subsidies drove the DAU spike" is evidence the scoring can
 * read rather than free text. The lists here and the check constraints in the schema must agree.
 */
public enum Metric {
    ANNUAL_REVENUE(Kind.MONEY),
    PAID_USERS(Kind.COUNT),
    DAU(Kind.COUNT),
    MAU(Kind.COUNT),
    DAILY_TOKENS(Kind.COUNT),
    RETENTION_30D(Kind.PERCENT),
    NICHE_RANK(Kind.RANK),
    TOKEN_VOLUME_RANK(Kind.RANK),
    MODEL_BENCHMARK_RANK(Kind.RANK),
    MARKET_CAP(Kind.MONEY),
    MONETIZATION_PATH(Kind.LEVEL, "PAID_FROM_LAUNCH", "PAID_LATER", "NO_NEW_REVENUE"),
    GROWTH_DRIVER(Kind.LEVEL, "PRODUCT_LED", "BUNDLED", "PAID_ADS", "SUBSIDY"),
    RETENTION_QUALITY(Kind.LEVEL, "STRONG", "WEAK"),
    PAIN_POINT_FIT(Kind.LEVEL, "SOLVES", "PARTIAL", "MISSES"),
    INTEGRATION(Kind.LEVEL, "PLATFORM", "WORKFLOW_EMBEDDED", "STANDALONE", "ADD_ON"),
    NICHE_STANDING(Kind.LEVEL, "LEADER", "TOP_TIER", "FOLLOWER"),
    EXECUTION_PACE(Kind.LEVEL, "FAST", "STEADY", "SLOW"),
    USABILITY(Kind.LEVEL, "GOOD", "POOR"),
    DISTINCTIVE_FEATURES(Kind.LEVEL, "UNIQUE", "COMMON"),
    MODEL_STANDING(Kind.LEVEL, "LEADING", "COMPETITIVE", "BEHIND"),
    TEAM_MORALE(Kind.LEVEL, "RISING", "FALLING"),
    AI_REACH(Kind.LEVEL, "EVERY_PRODUCT", "PATCHWORK"),
    RESEARCH_ORGANISATION(Kind.LEVEL, "CENTRALISED_RESEARCH", "RESEARCH_CARRIES_KPI");

    /**
     * How a metric's value is expressed, which decides how it is entered, shown and validated. Each kind
     * takes some of a fact's fields for its value, named as {@link FactDraft}'s: money a number and a
     * currency, a count only a number (its unit is the metric's own), a rank a number and the scope it
     * ranks in as its unit, a percentage only a number, a qualitative metric only a level. A draft that
     * fills another is refused; the form shows only these.
     */
    public enum Kind {
        MONEY("value", "currency"),
        COUNT("value"),
        RANK("value", "unit"),
        PERCENT("value"),
        LEVEL("level");

        private final List<String> fields;

        Kind(String... fields) {
            this.fields = List.of(fields);
        }

        /** The fields among value, level, unit and currency that a value of this kind fills. */
        public List<String> fields() {
            return fields;
        }

        public boolean takes(String field) {
            return fields.contains(field);
        }
    }

    private final Kind kind;
    private final List<String> levels;

    Metric(Kind kind, String... levels) {
        this.kind = kind;
        this.levels = List.of(levels);
    }

    public Kind kind() {
        return kind;
    }

    /** The allowed levels, best first; empty for numeric metrics. */
    public List<String> levels() {
        return levels;
    }

    public boolean isLevel() {
        return kind == Kind.LEVEL;
    }

    /** A count is always of the same thing (users, tokens a day), so the editor types no unit: the metric names it. */
    public boolean hasFixedUnit() {
        return kind == Kind.COUNT;
    }

    /** The message code naming a count's fixed unit, such as {@code metric.unit.DAU} ("users"). */
    public String fixedUnitCode() {
        if (!hasFixedUnit()) {
            throw new IllegalStateException(this + " has no fixed unit");
        }
        return "metric.unit." + name();
    }
}
