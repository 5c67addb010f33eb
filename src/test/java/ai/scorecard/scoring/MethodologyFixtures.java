package ai.scorecard.scoring;

import static ai.scorecard.scoring.Dimension.ADOPTION;
import static ai.scorecard.scoring.Dimension.EXECUTION;
import static ai.scorecard.scoring.Dimension.GROWTH_QUALITY;
import static ai.scorecard.scoring.Dimension.MODEL_CAPABILITY;
import static ai.scorecard.scoring.Dimension.MONETIZATION;
import static ai.scorecard.scoring.Dimension.WORKFLOW_INTEGRATION;

import ai.scorecard.fact.Metric;
import ai.scorecard.catalog.Weight;
import java.util.List;
import java.util.Map;

/**
 * Methodology versions 1 and 2 as data, the same numbers the methodology migration stores. Revenue anchors are
 * in CNY; retention is in percent.
 */
public final class MethodologyFixtures {

    private MethodologyFixtures() {
    }

    public static Methodology versionOne() {
        return new Methodology(1, 365, indicators(), lenses(), productWeights(), styleTraits());
    }

    /** Version 1's rules with version 2's evidence rule, as the evidence-rule migration stores them. */
    public static Methodology versionTwo() {
        return new Methodology(2, 365, indicators(), lenses(), productWeights(), styleTraits(), evidenceRule());
    }

    /** One current sourced fact in one dimension; a prior of 50 weighing a tenth; a trait weighing half a fact. */
    public static EvidenceRule evidenceRule() {
        return new EvidenceRule(1, 1, 50, 0.1, 0.5);
    }

    static List<Indicator> indicators() {
        Map<String, Double> integration = Map.of("PLATFORM", 100.0, "WORKFLOW_EMBEDDED", 80.0, "STANDALONE", 40.0,
                "ADD_ON", 10.0);
        Map<String, Double> growthDriver = Map.of("PRODUCT_LED", 100.0, "BUNDLED", 70.0, "PAID_ADS", 35.0,
                "SUBSIDY", 0.0);
        return List.of(
                fact("revenue", MONETIZATION, Metric.ANNUAL_REVENUE, new Rubric.LogScale(1e8, 1e11), 3),
                fact("paid-users", MONETIZATION, Metric.PAID_USERS, new Rubric.LogScale(1e5, 1e8), 2),
                fact("monetization-path", MONETIZATION, Metric.MONETIZATION_PATH,
                        levels("PAID_FROM_LAUNCH", 100, "PAID_LATER", 50, "NO_NEW_REVENUE", 0), 2),
                trait("monetization-at-launch", MONETIZATION, Trait.MONETIZATION_AT_LAUNCH, levels("YES", 100, "NO", 25), 1),

                fact("dau", ADOPTION, Metric.DAU, new Rubric.LogScale(1e5, 1e8), 2),
                fact("mau", ADOPTION, Metric.MAU, new Rubric.LogScale(1e5, 1e8), 1),
                fact("daily-tokens", ADOPTION, Metric.DAILY_TOKENS, new Rubric.LogScale(1e9, 1e13), 2),
                fact("token-volume-rank", ADOPTION, Metric.TOKEN_VOLUME_RANK, new Rubric.RankPoints(15), 2),
                fact("niche-rank", ADOPTION, Metric.NICHE_RANK, new Rubric.RankPoints(15), 2),

                fact("retention-30d", GROWTH_QUALITY, Metric.RETENTION_30D, new Rubric.Linear(10, 60), 2),
                fact("retention-quality", GROWTH_QUALITY, Metric.RETENTION_QUALITY, levels("STRONG", 100, "WEAK", 0), 2),
                fact("growth-driver", GROWTH_QUALITY, Metric.GROWTH_DRIVER, new Rubric.Levels(growthDriver), 1),
                trait("growth-driver-trait", GROWTH_QUALITY, Trait.GROWTH_DRIVER, new Rubric.Levels(growthDriver), 1),
                fact("distinctive-features", GROWTH_QUALITY, Metric.DISTINCTIVE_FEATURES,
                        levels("UNIQUE", 100, "COMMON", 40), 1),

                fact("pain-point-fit", WORKFLOW_INTEGRATION, Metric.PAIN_POINT_FIT,
                        levels("SOLVES", 100, "PARTIAL", 50, "MISSES", 0), 2),
                fact("integration", WORKFLOW_INTEGRATION, Metric.INTEGRATION, new Rubric.Levels(integration), 1),
                trait("integration-depth", WORKFLOW_INTEGRATION, Trait.INTEGRATION_DEPTH, new Rubric.Levels(integration), 1),
                fact("usability", WORKFLOW_INTEGRATION, Metric.USABILITY, levels("GOOD", 100, "POOR", 0), 1),

                fact("execution-pace", EXECUTION, Metric.EXECUTION_PACE, levels("FAST", 100, "STEADY", 60, "SLOW", 0), 2),
                fact("niche-standing", EXECUTION, Metric.NICHE_STANDING,
                        levels("LEADER", 100, "TOP_TIER", 75, "FOLLOWER", 30), 2),
                trait("stage", EXECUTION, Trait.STAGE,
                        levels("ANNOUNCED", 0, "PILOT", 35, "LAUNCHED", 70, "MONETIZED", 100), 1),

                fact("model-benchmark-rank", MODEL_CAPABILITY, Metric.MODEL_BENCHMARK_RANK, new Rubric.RankPoints(15), 2),
                fact("model-standing", MODEL_CAPABILITY, Metric.MODEL_STANDING,
                        levels("LEADING", 100, "COMPETITIVE", 70, "BEHIND", 30), 2));
    }

    static List<Lens> lenses() {
        return List.of(
                lens(Lens.OFFICIAL, 0.30, 0.20, 0.20, 0.15, 0.15),
                lens(Lens.MONETIZATION_FIRST, 0.50, 0.15, 0.15, 0.10, 0.10),
                lens(Lens.GROWTH_FIRST, 0.15, 0.30, 0.35, 0.10, 0.10),
                // A strong model shows in how deeply products can sit in the work and how much they are used.
                lens(Lens.CAPABILITY_FIRST, 0.15, 0.25, 0.10, 0.30, 0.20));
    }

    static Map<Weight, Double> productWeights() {
        return Map.of(Weight.FLAGSHIP, 3.0, Weight.MAJOR, 2.0, Weight.MINOR, 1.0);
    }

    static List<StyleTrait> styleTraits() {
        return List.of(
                new StyleTrait(Trait.MONETIZATION_AT_LAUNCH, Map.of("YES", 1.0, "NO", -1.0), 1),
                new StyleTrait(Trait.GROWTH_DRIVER, Map.of("PRODUCT_LED", 1.0, "BUNDLED", 0.3, "PAID_ADS", -0.6,
                        "SUBSIDY", -1.0), 1),
                new StyleTrait(Trait.INTEGRATION_DEPTH, Map.of("PLATFORM", 1.0, "WORKFLOW_EMBEDDED", 0.7,
                        "STANDALONE", -0.2, "ADD_ON", -1.0), 1),
                new StyleTrait(Signal.of(Metric.PAIN_POINT_FIT), Map.of("SOLVES", 1.0, "PARTIAL", 0.0, "MISSES", -1.0), 1),
                new StyleTrait(Signal.of(Metric.MONETIZATION_PATH), Map.of("PAID_FROM_LAUNCH", 1.0, "PAID_LATER", 0.0,
                        "NO_NEW_REVENUE", -1.0), 1),
                new StyleTrait(Signal.of(Metric.EXECUTION_PACE), Map.of("FAST", 1.0, "STEADY", 0.3, "SLOW", -1.0), 1),
                new StyleTrait(Signal.of(Metric.AI_REACH), Map.of("EVERY_PRODUCT", 1.0, "PATCHWORK", -1.0), 1),
                new StyleTrait(Signal.of(Metric.RESEARCH_ORGANISATION), Map.of("CENTRALISED_RESEARCH", 1.0,
                        "RESEARCH_CARRIES_KPI", -1.0), 1));
    }

    static Lens lens(String code, double monetization, double adoption, double growthQuality, double integration,
            double execution) {
        return new Lens(code, Map.of(MONETIZATION, monetization, ADOPTION, adoption, GROWTH_QUALITY, growthQuality,
                WORKFLOW_INTEGRATION, integration, EXECUTION, execution));
    }

    private static Indicator fact(String code, Dimension dimension, Metric metric, Rubric rubric, double weight) {
        return new Indicator(code, dimension, Signal.of(metric), rubric, weight);
    }

    private static Indicator trait(String code, Dimension dimension, Trait trait, Rubric rubric, double weight) {
        return new Indicator(code, dimension, trait, rubric, weight);
    }

    private static Rubric.Levels levels(Object... levelThenPoints) {
        Map<String, Double> points = new java.util.HashMap<>();
        for (int i = 0; i < levelThenPoints.length; i += 2) {
            points.put((String) levelThenPoints[i], ((Number) levelThenPoints[i + 1]).doubleValue());
        }
        return new Rubric.Levels(points);
    }
}
