package ai.scorecard.scoring;

import ai.scorecard.fact.Metric;
import ai.scorecard.product.Weight;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Scores products and companies under one {@link Methodology}. The methodology is compiled once into
 * lookup tables (which indicators and style traits read each metric), so that scoring a product is a
 * single pass over its facts and one over the indicators. A scorer is immutable and may be shared
 * between threads.
 */
public final class Scorer {

    private static final int METRICS = Metric.values().length;
    private static final int DIMENSIONS = Dimension.values().length;
    private static final int CAPABILITY = Dimension.MODEL_CAPABILITY.ordinal();

    private final Methodology methodology;
    private final Indicator[] indicators;
    private final int[] dimensionOf;
    private final double[] indicatorWeight;
    /** By dimension ordinal: the summed weight of the dimension's indicators. */
    private final double[] dimensionWeight;
    /** By indicator: the metric ordinal it reads, or -1 for a trait. */
    private final int[] metricOf;
    private final Trait[] traitOf;
    private final StyleTrait[] styleTraits;
    private final int[] styleMetricOf;
    private final Trait[] styleTraitOf;
    /** By metric ordinal: whether any indicator or style trait reads it; other facts are skipped. */
    private final boolean[] metricRead;
    private final double[] productWeight;
    private final RobustnessCheck robustness;

    /** The effective weights of the lens last used: a page scores many products under one lens. */
    private volatile LensWeights lastLens;

    public Scorer(Methodology methodology) {
        this.methodology = Objects.requireNonNull(methodology, "methodology");
        this.indicators = methodology.indicators().toArray(Indicator[]::new);
        int count = indicators.length;
        this.dimensionOf = new int[count];
        this.indicatorWeight = new double[count];
        this.dimensionWeight = new double[DIMENSIONS];
        this.metricOf = new int[count];
        this.traitOf = new Trait[count];
        this.metricRead = new boolean[METRICS];
        for (int i = 0; i < count; i++) {
            Indicator indicator = indicators[i];
            dimensionOf[i] = indicator.dimension().ordinal();
            indicatorWeight[i] = indicator.weight();
            dimensionWeight[dimensionOf[i]] += indicator.weight();
            metricOf[i] = metricOrdinal(indicator.signal());
            if (metricOf[i] >= 0) {
                metricRead[metricOf[i]] = true;
            }
            traitOf[i] = indicator.signal() instanceof Trait trait ? trait : null;
        }
        this.styleTraits = methodology.styleTraits().toArray(StyleTrait[]::new);
        this.styleMetricOf = new int[styleTraits.length];
        this.styleTraitOf = new Trait[styleTraits.length];
        for (int t = 0; t < styleTraits.length; t++) {
            styleMetricOf[t] = metricOrdinal(styleTraits[t].signal());
            if (styleMetricOf[t] >= 0) {
                metricRead[styleMetricOf[t]] = true;
            }
            styleTraitOf[t] = styleTraits[t].signal() instanceof Trait trait ? trait : null;
        }
        this.productWeight = new double[Weight.values().length];
        for (Weight weight : Weight.values()) {
            productWeight[weight.ordinal()] = methodology.productWeight(weight);
        }
        this.robustness = new RobustnessCheck(dimensionWeight, productWeight);
    }

    public Methodology methodology() {
        return methodology;
    }

    public ProductScore score(ProductInput product, Lens lens, LocalDate today) {
        Objects.requireNonNull(product, "product");
        return scoreProduct(product, effectiveWeights(lens), today.toEpochDay());
    }

    public CompanyScore score(CompanyInput company, Lens lens, LocalDate today) {
        Objects.requireNonNull(company, "company");
        double[] effective = effectiveWeights(lens);
        long day = today.toEpochDay();
        List<ProductInput> products = company.products();
        ProductScore[] scores = new ProductScore[products.size()];
        for (int p = 0; p < scores.length; p++) {
            scores[p] = scoreProduct(products.get(p), effective, day);
        }
        return rollUp(company, scores, day);
    }

    /**
     * How firmly the higher-scoring of two companies leads under the lens; empty when either has no
     * overall score. See {@link ScoringRules#ROBUSTNESS}.
     */
    public Optional<Robustness> robustness(CompanyInput a, CompanyInput b, Lens lens, LocalDate today) {
        return robustness(score(a, lens, today), score(b, lens, today), lens);
    }

    /**
     * The same from company scores already computed (under any lens of this methodology: a product's
     * points do not depend on the lens), so that a comparison page scores each company once.
     */
    public Optional<Robustness> robustness(CompanyScore a, CompanyScore b, Lens lens) {
        Objects.requireNonNull(lens, "lens");
        return robustness.check(a, b, lens);
    }

    private ProductScore scoreProduct(ProductInput product, double[] effective, long today) {
        long oldestCurrent = today - methodology.freshnessDays();
        Evidence[] newest = newestByMetric(product.facts());
        int count = indicators.length;
        double[] points = new double[count];
        Unknown[] reasons = new Unknown[count];
        Evidence[] read = new Evidence[count];
        String[] traitValues = new String[count];
        double[] dimensionPoints = new double[DIMENSIONS];
        double[] dimensionKnown = new double[DIMENSIONS];
        double coverage = 0;
        double weighted = 0;
        double confidence = 0;
        for (int i = 0; i < count; i++) {
            Rubric rubric = indicators[i].rubric();
            double quality;
            double value;
            if (metricOf[i] >= 0) {
                Evidence evidence = newest[metricOf[i]];
                read[i] = evidence;
                if (evidence == null) {
                    reasons[i] = Unknown.MISSING;
                    continue;
                }
                long asOf = evidence.asOf().toEpochDay();
                if (asOf < oldestCurrent) {
                    reasons[i] = Unknown.STALE;
                    continue;
                }
                value = Grading.points(rubric, evidence);
                quality = Confidence.quality(evidence, asOf, today, methodology.freshnessDays());
            } else {
                String level = traitOf[i].read(product);
                traitValues[i] = level;
                if (level == null) {
                    reasons[i] = Unknown.MISSING;
                    continue;
                }
                value = ((Rubric.Levels) rubric).pointsOf(level);
                quality = Confidence.TRAIT_TIER;
            }
            if (Double.isNaN(value)) {
                reasons[i] = Unknown.UNRATED;
                continue;
            }
            points[i] = value;
            dimensionPoints[dimensionOf[i]] += indicatorWeight[i] * value;
            dimensionKnown[dimensionOf[i]] += indicatorWeight[i];
            coverage += effective[i];
            weighted += effective[i] * value;
            confidence += effective[i] * quality;
        }
        boolean scored = coverage > 0;
        List<IndicatorScore> scores = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean known = reasons[i] == null;
            scores.add(new IndicatorScore(indicators[i], known ? OptionalDouble.of(points[i]) : OptionalDouble.empty(),
                    reasons[i], read[i], traitValues[i], effective[i],
                    known && scored ? effective[i] * points[i] / coverage : 0));
        }
        Map<Dimension, OptionalDouble> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.commercial()) {
            dimensions.put(dimension, mean(dimensionPoints[dimension.ordinal()], dimensionKnown[dimension.ordinal()]));
        }
        List<StyleReason> styleReasons = productStyle(product, newest, oldestCurrent);
        return new ProductScore(product.slug(), Collections.unmodifiableList(scores),
                Collections.unmodifiableMap(dimensions), mean(weighted, coverage),
                Math.min(1, coverage), Math.min(1, confidence), mean(dimensionPoints[CAPABILITY], dimensionKnown[CAPABILITY]),
                StyleIndex.of(styleReasons), styleReasons);
    }

    /** The newest current fact for each metric that something reads; stale ones included, to say so. */
    private Evidence[] newestByMetric(List<Evidence> facts) {
        Evidence[] newest = new Evidence[METRICS];
        for (int f = 0, size = facts.size(); f < size; f++) {
            Evidence evidence = facts.get(f);
            int metric = evidence.metric().ordinal();
            if (metricRead[metric] && (newest[metric] == null || evidence.isNewerThan(newest[metric]))) {
                newest[metric] = evidence;
            }
        }
        return newest;
    }

    private List<StyleReason> productStyle(ProductInput product, Evidence[] newest, long oldestCurrent) {
        List<StyleReason> reasons = null;
        for (int t = 0; t < styleTraits.length; t++) {
            Evidence evidence = null;
            String level;
            if (styleMetricOf[t] >= 0) {
                evidence = newest[styleMetricOf[t]];
                if (evidence == null || evidence.asOf().toEpochDay() < oldestCurrent) {
                    continue;
                }
                level = evidence.level();
            } else {
                level = styleTraitOf[t].read(product);
            }
            double position = styleTraits[t].positionOf(level);
            if (Double.isNaN(position)) {
                continue;
            }
            if (reasons == null) {
                reasons = new ArrayList<>(styleTraits.length);
            }
            reasons.add(new StyleReason(StyleReason.Scope.PRODUCT, product.slug(), styleTraits[t].signal(), level,
                    position, styleTraits[t].weight(), evidence, 0));
        }
        return reasons == null ? List.of() : StyleIndex.withContributions(reasons);
    }

    private CompanyScore rollUp(CompanyInput company, ProductScore[] scores, long today) {
        List<ProductInput> products = company.products();
        double allWeight = 0;
        double knownWeight = 0;
        double weightedOverall = 0;
        double weightedCoverage = 0;
        double weightedConfidence = 0;
        double[] dimensionPoints = new double[DIMENSIONS];
        double[] dimensionKnown = new double[DIMENSIONS];
        double capability = Double.NaN;
        for (int p = 0; p < scores.length; p++) {
            ProductScore score = scores[p];
            double weight = productWeight[products.get(p).weight().ordinal()];
            allWeight += weight;
            weightedCoverage += weight * score.coverage();
            weightedConfidence += weight * score.confidence();
            if (score.overall().isPresent()) {
                knownWeight += weight;
                weightedOverall += weight * score.overall().getAsDouble();
            }
            for (Map.Entry<Dimension, OptionalDouble> dimension : score.dimensions().entrySet()) {
                if (dimension.getValue().isPresent()) {
                    dimensionPoints[dimension.getKey().ordinal()] += weight * dimension.getValue().getAsDouble();
                    dimensionKnown[dimension.getKey().ordinal()] += weight;
                }
            }
            if (score.modelCapability().isPresent()) {
                capability = Double.isNaN(capability) ? score.modelCapability().getAsDouble()
                        : Math.max(capability, score.modelCapability().getAsDouble());
            }
        }
        List<Contribution> contributions = new ArrayList<>(scores.length);
        for (int p = 0; p < scores.length; p++) {
            ProductScore score = scores[p];
            double share = score.overall().isPresent() ? productWeight[products.get(p).weight().ordinal()] / knownWeight : 0;
            contributions.add(new Contribution(score, products.get(p).weight(), share,
                    share == 0 ? 0 : share * score.overall().getAsDouble()));
        }
        Map<Dimension, OptionalDouble> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.commercial()) {
            dimensions.put(dimension, mean(dimensionPoints[dimension.ordinal()], dimensionKnown[dimension.ordinal()]));
        }
        OptionalDouble overall = mean(weightedOverall, knownWeight);
        OptionalDouble modelCapability = Double.isNaN(capability) ? OptionalDouble.empty() : OptionalDouble.of(capability);
        OptionalDouble gap = overall.isPresent() && modelCapability.isPresent()
                ? OptionalDouble.of(modelCapability.getAsDouble() - overall.getAsDouble()) : OptionalDouble.empty();
        List<StyleReason> styleReasons = companyStyle(company, scores, allWeight, today);
        return new CompanyScore(company.slug(), Collections.unmodifiableMap(dimensions), overall,
                allWeight > 0 ? Math.min(1, weightedCoverage / allWeight) : 0,
                allWeight > 0 ? Math.min(1, weightedConfidence / allWeight) : 0,
                Collections.unmodifiableList(contributions), StyleIndex.of(styleReasons), styleReasons,
                modelCapability, gap);
    }

    private List<StyleReason> companyStyle(CompanyInput company, ProductScore[] scores, double allWeight, long today) {
        List<ProductInput> products = company.products();
        List<StyleReason> reasons = new ArrayList<>();
        for (int p = 0; p < scores.length; p++) {
            double weight = productWeight[products.get(p).weight().ordinal()];
            for (StyleReason reason : scores[p].styleReasons()) {
                reasons.add(new StyleReason(reason.scope(), reason.subject(), reason.signal(), reason.level(),
                        reason.position(), reason.weight() * weight, reason.evidence(), 0));
            }
        }
        Evidence[] newest = newestByMetric(company.facts());
        long oldestCurrent = today - methodology.freshnessDays();
        double companyMultiplier = allWeight > 0 ? allWeight : 1;
        for (int t = 0; t < styleTraits.length; t++) {
            Evidence evidence = styleMetricOf[t] >= 0 ? newest[styleMetricOf[t]] : null;
            if (evidence == null || evidence.asOf().toEpochDay() < oldestCurrent) {
                continue;
            }
            double position = styleTraits[t].positionOf(evidence.level());
            if (!Double.isNaN(position)) {
                reasons.add(new StyleReason(StyleReason.Scope.COMPANY, company.slug(), styleTraits[t].signal(),
                        evidence.level(), position, styleTraits[t].weight() * companyMultiplier, evidence, 0));
            }
        }
        return StyleIndex.withContributions(reasons);
    }

    private double[] effectiveWeights(Lens lens) {
        Objects.requireNonNull(lens, "lens");
        LensWeights last = lastLens;
        if (last != null && last.lens() == lens) {
            return last.effective();
        }
        double[] effective = new double[indicators.length];
        double total = 0;
        for (Dimension dimension : Dimension.commercial()) {
            if (dimensionWeight[dimension.ordinal()] > 0) {
                total += lens.weight(dimension);
            }
        }
        if (total > 0) {
            for (int i = 0; i < indicators.length; i++) {
                if (dimensionOf[i] != CAPABILITY) {
                    effective[i] = lens.weight(indicators[i].dimension()) * indicatorWeight[i]
                            / dimensionWeight[dimensionOf[i]] / total;
                }
            }
        }
        lastLens = new LensWeights(lens, effective);
        return effective;
    }

    /** A weighted mean of points; rounding must not carry a mean of 100s past 100. */
    private static OptionalDouble mean(double weightedSum, double weight) {
        return weight > 0 ? OptionalDouble.of(Math.max(0, Math.min(100, weightedSum / weight))) : OptionalDouble.empty();
    }

    private static int metricOrdinal(Signal signal) {
        return signal instanceof Signal.OfMetric metric ? metric.metric().ordinal() : -1;
    }

    /** Shared only read-only: the array is never written after it is built. */
    private record LensWeights(Lens lens, double[] effective) {
    }

    @Override
    public String toString() {
        return "Scorer[methodology v" + methodology.version() + ", " + indicators.length + " indicators]";
    }
}
