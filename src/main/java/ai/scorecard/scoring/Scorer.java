package ai.scorecard.scoring;

import ai.scorecard.fact.Metric;
import ai.scorecard.catalog.Weight;
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
 * Scores products and companies under one {@link Methodology}: the entry point of the scoring core.
 *
 * <p>The methodology is compiled once into lookup tables (which indicators and style traits read each
 * metric; the points and positions of each level by its place in the signal's level list), so that
 * scoring a product is one pass over its facts, one over the indicators and one over the style
 * traits, with no map lookups. A scorer is immutable and may be shared between threads.
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
    /** By indicator: points by the level's place in the signal's levels (NaN if not on the rubric); null if numeric. */
    private final double[][] levelPoints;
    private final StyleTrait[] styleTraits;
    private final int[] styleMetricOf;
    private final Trait[] styleTraitOf;
    /** By style trait: positions by the level's place in the signal's levels, NaN if it places nothing. */
    private final double[][] stylePositions;
    /** By metric ordinal: whether any indicator or style trait reads it; other facts are skipped. */
    private final boolean[] metricRead;
    private final double[] productWeight;
    /** By indicator: the factor on its weight, {@link EvidenceRule#editorCallWeight()} for a trait, 1 for a fact. */
    private final double[] callWeight;
    private final EvidenceRule rule;
    private final RobustnessCheck robustness;
    private final MissingFactsCheck missingFacts;

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
        this.levelPoints = new double[count][];
        this.metricRead = new boolean[METRICS];
        this.rule = methodology.evidence();
        this.callWeight = new double[count];
        for (int i = 0; i < count; i++) {
            Indicator indicator = indicators[i];
            dimensionOf[i] = indicator.dimension().ordinal();
            indicatorWeight[i] = indicator.weight();
            dimensionWeight[dimensionOf[i]] += indicator.weight();
            metricOf[i] = metricOrdinal(indicator.signal());
            traitOf[i] = indicator.signal() instanceof Trait trait ? trait : null;
            callWeight[i] = traitOf[i] == null ? 1 : rule.editorCallWeight();
            if (indicator.rubric() instanceof Rubric.Levels levels) {
                levelPoints[i] = byLevel(indicator.signal(), levels.pointsByLevel());
            }
        }
        this.styleTraits = methodology.styleTraits().toArray(StyleTrait[]::new);
        this.styleMetricOf = new int[styleTraits.length];
        this.styleTraitOf = new Trait[styleTraits.length];
        this.stylePositions = new double[styleTraits.length][];
        for (int t = 0; t < styleTraits.length; t++) {
            styleMetricOf[t] = metricOrdinal(styleTraits[t].signal());
            styleTraitOf[t] = styleTraits[t].signal() instanceof Trait trait ? trait : null;
            stylePositions[t] = byLevel(styleTraits[t].signal(), styleTraits[t].positionByLevel());
        }
        for (int metric : metricOf) {
            markRead(metric);
        }
        for (int metric : styleMetricOf) {
            markRead(metric);
        }
        this.productWeight = new double[Weight.values().length];
        for (Weight weight : Weight.values()) {
            productWeight[weight.ordinal()] = methodology.productWeight(weight);
        }
        this.robustness = new RobustnessCheck(dimensionWeight, productWeight, callWeight, rule);
        this.missingFacts = new MissingFactsCheck(productWeight, callWeight, rule);
    }

    public Methodology methodology() {
        return methodology;
    }

    public ProductScore score(ProductInput product, Lens lens, LocalDate today) {
        Objects.requireNonNull(product, "product");
        return scoreProduct(product, effectiveWeights(lens), freshness(today));
    }

    public CompanyScore score(CompanyInput company, Lens lens, LocalDate today) {
        Objects.requireNonNull(company, "company");
        double[] effective = effectiveWeights(lens);
        Freshness freshness = freshness(today);
        List<ProductInput> products = company.products();
        ProductScore[] scores = new ProductScore[products.size()];
        for (int p = 0; p < scores.length; p++) {
            scores[p] = scoreProduct(products.get(p), effective, freshness);
        }
        return rollUp(company, scores, freshness);
    }

    /**
     * The company's score from its products' scores, each computed with {@link #score(ProductInput, Lens, LocalDate)}
     * under the same lens and day, in the order of {@code company.products()}: the same as
     * {@link #score(CompanyInput, Lens, LocalDate)}, for a caller that rescores only the product that changed.
     */
    public CompanyScore rollUp(CompanyInput company, List<ProductScore> productScores, LocalDate today) {
        Objects.requireNonNull(company, "company");
        if (productScores.size() != company.products().size()) {
            throw new IllegalArgumentException("One score per product: " + productScores.size() + " for "
                    + company.products().size());
        }
        return rollUp(company, productScores.toArray(ProductScore[]::new), freshness(today));
    }

    /**
     * How firmly the higher-scoring of two companies leads under the lens; empty when either has no
     * overall score. See {@link RobustnessCheck}.
     */
    public Optional<Robustness> robustness(CompanyInput a, CompanyInput b, Lens lens, LocalDate today) {
        return robustness(score(a, lens, today), score(b, lens, today), lens);
    }

    /**
     * The same from company scores already computed by this scorer (under any lens: a product's points
     * do not depend on the lens), so that a comparison page scores each company once.
     */
    public Optional<Robustness> robustness(CompanyScore a, CompanyScore b, Lens lens) {
        Objects.requireNonNull(lens, "lens");
        return robustness.check(a, b, lens);
    }

    /**
     * One company's numbers under every weighting the robustness check tries around the lens, to compare it with
     * any other company without computing them again (see {@link #robustness(CompanyScore, WeightingsSide,
     * CompanyScore, WeightingsSide, Lens)}).
     */
    public WeightingsSide weightingsSide(CompanyScore company, Lens lens) {
        return robustness.side(Objects.requireNonNull(company, "company"), Objects.requireNonNull(lens, "lens"));
    }

    /** The same verdict as {@link #robustness(CompanyScore, CompanyScore, Lens)}, from sides made before. */
    public Optional<Robustness> robustness(CompanyScore a, WeightingsSide aSide, CompanyScore b, WeightingsSide bSide,
            Lens lens) {
        return robustness.check(Objects.requireNonNull(a, "a"), Objects.requireNonNull(aSide, "aSide"),
                Objects.requireNonNull(b, "b"), Objects.requireNonNull(bSide, "bSide"), Objects.requireNonNull(lens, "lens"));
    }

    /**
     * How firmly the higher-scoring of two companies leads when the indicators nobody knows are drawn from
     * what they are where known; empty when either has no overall score. See {@link MissingFactsCheck}.
     *
     * @param known the known points of every product, scored by this scorer (see {@link KnownPoints#of})
     */
    public Optional<MissingFactsRobustness> missingFacts(CompanyScore a, CompanyScore b, KnownPoints known) {
        return missingFacts.check(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"),
                Objects.requireNonNull(known, "known"));
    }

    /**
     * One company's draws of the facts nobody recorded, to compare it with any other company of the same
     * standings without drawing them again (see {@link #missingFacts(CompanyScore, MissingFactsDraws, CompanyScore,
     * MissingFactsDraws)}).
     */
    public MissingFactsDraws missingFactsDraws(CompanyScore company, KnownPoints known) {
        return missingFacts.draws(Objects.requireNonNull(company, "company"), Objects.requireNonNull(known, "known"));
    }

    /** The same verdict as {@link #missingFacts(CompanyScore, CompanyScore, KnownPoints)}, from draws made before. */
    public Optional<MissingFactsRobustness> missingFacts(CompanyScore a, MissingFactsDraws aDraws, CompanyScore b,
            MissingFactsDraws bDraws) {
        return missingFacts.check(Objects.requireNonNull(a, "a"), Objects.requireNonNull(aDraws, "aDraws"),
                Objects.requireNonNull(b, "b"), Objects.requireNonNull(bDraws, "bDraws"));
    }

    private ProductScore scoreProduct(ProductInput product, double[] effective, Freshness freshness) {
        Evidence[] newest = newestByMetric(product.facts());
        int count = indicators.length;
        double[] points = new double[count];
        Unknown[] reasons = new Unknown[count];
        double[] dimensionPoints = new double[DIMENSIONS];
        double[] dimensionKnown = new double[DIMENSIONS];
        double coverage = 0;
        // The estimate's sums: each known indicator weighs its effective weight × its kind's factor.
        double weight = 0;
        double weighted = 0;
        double unknownWeight = 0;
        double confidence = 0;
        int sourcedFacts = 0;
        int sourcedDimensions = 0;
        for (int i = 0; i < count; i++) {
            double value;
            double quality;
            if (metricOf[i] >= 0) {
                Evidence evidence = newest[metricOf[i]];
                if (evidence == null) {
                    reasons[i] = Unknown.MISSING;
                    unknownWeight += effective[i] * callWeight[i];
                    continue;
                }
                if (freshness.isStale(evidence)) {
                    reasons[i] = Unknown.STALE;
                    unknownWeight += effective[i] * callWeight[i];
                    continue;
                }
                value = levelPoints[i] == null ? Grading.points(indicators[i].rubric(), evidence)
                        : at(levelPoints[i], levelIndex(evidence));
                quality = Confidence.tier(evidence.provenance()) * freshness.ageFactor(evidence);
            } else {
                int level = traitOf[i].levelIndex(product);
                if (level < 0) {
                    reasons[i] = Unknown.MISSING;
                    unknownWeight += effective[i] * callWeight[i];
                    continue;
                }
                value = at(levelPoints[i], level);
                quality = Confidence.TRAIT_TIER;
            }
            if (Double.isNaN(value)) {
                reasons[i] = Unknown.UNRATED;
                unknownWeight += effective[i] * callWeight[i];
                continue;
            }
            points[i] = value;
            dimensionPoints[dimensionOf[i]] += indicatorWeight[i] * value;
            dimensionKnown[dimensionOf[i]] += indicatorWeight[i];
            coverage += effective[i];
            weight += effective[i] * callWeight[i];
            weighted += effective[i] * callWeight[i] * value;
            confidence += effective[i] * quality;
            if (metricOf[i] >= 0 && dimensionOf[i] != CAPABILITY) {
                sourcedFacts++;
                sourcedDimensions |= 1 << dimensionOf[i];
            }
        }
        EvidenceCount evidence = new EvidenceCount(sourcedFacts, Integer.bitCount(sourcedDimensions));
        boolean counted = weight > 0 && rule.isMetBy(evidence.sourcedFacts(), evidence.dimensions());
        double denominator = weight + rule.priorWeight();
        List<IndicatorScore> scores = new IndicatorScores(indicators, metricOf, traitOf, effective, callWeight, product,
                newest, points, reasons, counted, denominator);
        Map<Dimension, OptionalDouble> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.commercial()) {
            dimensions.put(dimension, mean(dimensionPoints[dimension.ordinal()], dimensionKnown[dimension.ordinal()]));
        }
        List<StyleReason> styleReasons = counted || !rule.requiresEvidence()
                ? productStyle(product, newest, freshness) : List.of();
        double prior = rule.priorWeight() * rule.prior();
        OptionalDouble overall = counted ? mean(weighted + prior, denominator) : OptionalDouble.empty();
        Optional<Interval> interval = counted ? Optional.of(new Interval(
                mean(weighted + prior, denominator + unknownWeight).getAsDouble(),
                mean(weighted + prior + 100 * unknownWeight, denominator + unknownWeight).getAsDouble()))
                : Optional.empty();
        return new ProductScore(product.slug(), scores,
                Collections.unmodifiableMap(dimensions), overall,
                counted ? mean(weighted, weight) : OptionalDouble.empty(), interval, evidence,
                counted ? prior / denominator : 0, Math.min(1, coverage),
                Math.min(1, confidence), mean(dimensionPoints[CAPABILITY], dimensionKnown[CAPABILITY]),
                StyleIndex.of(styleReasons), styleReasons);
    }

    /** The newest fact for each metric that something reads; stale ones included, to say so. */
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

    /**
     * The product's style observations. Two passes over the traits, the first only summing weights, so
     * that each observation is built once, with its share of the index.
     */
    private List<StyleReason> productStyle(ProductInput product, Evidence[] newest, Freshness freshness) {
        double total = 0;
        int observed = 0;
        for (int t = 0; t < styleTraits.length; t++) {
            if (!Double.isNaN(at(stylePositions[t], styleLevel(t, product, newest, freshness)))) {
                total += styleTraits[t].weight();
                observed++;
            }
        }
        if (observed == 0) {
            return List.of();
        }
        List<StyleReason> reasons = new ArrayList<>(observed);
        for (int t = 0; t < styleTraits.length; t++) {
            int level = styleLevel(t, product, newest, freshness);
            double position = at(stylePositions[t], level);
            if (!Double.isNaN(position)) {
                double weight = styleTraits[t].weight();
                reasons.add(new StyleReason(StyleReason.Scope.PRODUCT, product.slug(), styleTraits[t].signal(),
                        styleTraits[t].signal().levels().get(level), position, weight,
                        styleMetricOf[t] >= 0 ? newest[styleMetricOf[t]] : null, 100 * weight * position / total));
            }
        }
        return Collections.unmodifiableList(reasons);
    }

    /** The place of the level style trait t reads from the product (its trait or newest current fact); -1 if none. */
    private int styleLevel(int t, ProductInput product, Evidence[] newest, Freshness freshness) {
        if (styleMetricOf[t] < 0) {
            return styleTraitOf[t].levelIndex(product);
        }
        Evidence evidence = newest[styleMetricOf[t]];
        return evidence == null || freshness.isStale(evidence) ? -1 : levelIndex(evidence);
    }

    private CompanyScore rollUp(CompanyInput company, ProductScore[] scores, Freshness freshness) {
        List<ProductInput> products = company.products();
        double allWeight = 0;
        double knownWeight = 0;
        double weightedOverall = 0;
        double weightedEvidenceOnly = 0;
        double weightedLow = 0;
        double weightedHigh = 0;
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
                weightedEvidenceOnly += weight * score.evidenceOnly().getAsDouble();
                weightedLow += weight * score.interval().orElseThrow().low();
                weightedHigh += weight * score.interval().orElseThrow().high();
            }
            if (counts(score)) {
                for (Map.Entry<Dimension, OptionalDouble> dimension : score.dimensions().entrySet()) {
                    if (dimension.getValue().isPresent()) {
                        dimensionPoints[dimension.getKey().ordinal()] += weight * dimension.getValue().getAsDouble();
                        dimensionKnown[dimension.getKey().ordinal()] += weight;
                    }
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
            Weight weight = products.get(p).weight();
            double share = score.overall().isPresent() ? productWeight[weight.ordinal()] / knownWeight : 0;
            contributions.add(new Contribution(score, weight, share, share == 0 ? 0 : share * score.overall().getAsDouble()));
        }
        Map<Dimension, OptionalDouble> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.commercial()) {
            dimensions.put(dimension, mean(dimensionPoints[dimension.ordinal()], dimensionKnown[dimension.ordinal()]));
        }
        OptionalDouble overall = mean(weightedOverall, knownWeight);
        OptionalDouble modelCapability = Double.isNaN(capability) ? OptionalDouble.empty() : OptionalDouble.of(capability);
        OptionalDouble gap = overall.isPresent() && modelCapability.isPresent()
                ? OptionalDouble.of(modelCapability.getAsDouble() - overall.getAsDouble()) : OptionalDouble.empty();
        List<StyleReason> styleReasons = overall.isPresent() || !rule.requiresEvidence()
                ? companyStyle(company, scores, allWeight, freshness) : List.of();
        Optional<Interval> interval = overall.isPresent() ? Optional.of(new Interval(
                mean(weightedLow, knownWeight).getAsDouble(), mean(weightedHigh, knownWeight).getAsDouble()))
                : Optional.empty();
        return new CompanyScore(company.slug(), Collections.unmodifiableMap(dimensions), overall,
                mean(weightedEvidenceOnly, knownWeight), interval,
                allWeight > 0 ? Math.min(1, weightedCoverage / allWeight) : 0,
                allWeight > 0 ? Math.min(1, weightedConfidence / allWeight) : 0,
                Collections.unmodifiableList(contributions), StyleIndex.of(styleReasons), styleReasons,
                modelCapability, gap);
    }

    /**
     * Whether a product's dimensions and style count in its company. From version 2 only a product with a
     * score counts; version 1 counted everything known.
     */
    private boolean counts(ProductScore score) {
        return score.overall().isPresent() || !rule.requiresEvidence();
    }

    /**
     * Every observation behind the company's style index: its products' (weighted by product weight)
     * and its own company-level facts (weighted as all its products together, because such a fact speaks for every product at once).
     */
    private List<StyleReason> companyStyle(CompanyInput company, ProductScore[] scores, double allWeight,
            Freshness freshness) {
        List<ProductInput> products = company.products();
        List<StyleReason> reasons = new ArrayList<>();
        for (int p = 0; p < scores.length; p++) {
            if (!counts(scores[p])) {
                continue;
            }
            double weight = productWeight[products.get(p).weight().ordinal()];
            for (StyleReason reason : scores[p].styleReasons()) {
                reasons.add(new StyleReason(reason.scope(), reason.subject(), reason.signal(), reason.level(),
                        reason.position(), reason.weight() * weight, reason.evidence(), 0));
            }
        }
        Evidence[] newest = newestByMetric(company.facts());
        double companyMultiplier = allWeight > 0 ? allWeight : 1;
        for (int t = 0; t < styleTraits.length; t++) {
            Evidence evidence = styleMetricOf[t] >= 0 ? newest[styleMetricOf[t]] : null;
            if (evidence == null || freshness.isStale(evidence)) {
                continue;
            }
            double position = at(stylePositions[t], levelIndex(evidence));
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

    private Freshness freshness(LocalDate today) {
        return new Freshness(Objects.requireNonNull(today, "today"), methodology.freshnessDays());
    }

    private void markRead(int metric) {
        if (metric >= 0) {
            metricRead[metric] = true;
        }
    }

    /** A weighted mean of points; rounding must not carry a mean of 100s past 100. */
    private static OptionalDouble mean(double weightedSum, double weight) {
        return weight > 0 ? OptionalDouble.of(Math.max(0, Math.min(100, weightedSum / weight))) : OptionalDouble.empty();
    }

    private static double at(double[] byLevel, int level) {
        return level < 0 ? Double.NaN : byLevel[level];
    }

    /** The place of the fact's level among its metric's levels; -1 for none. A short scan beats hashing here. */
    private static int levelIndex(Evidence evidence) {
        String level = evidence.level();
        if (level == null) {
            return -1;
        }
        List<String> levels = evidence.metric().levels();
        for (int l = 0, size = levels.size(); l < size; l++) {
            if (levels.get(l).equals(level)) {
                return l;
            }
        }
        return -1;
    }

    private static double[] byLevel(Signal signal, Map<String, Double> valueByLevel) {
        List<String> levels = signal.levels();
        double[] values = new double[levels.size()];
        for (int l = 0; l < values.length; l++) {
            Double value = valueByLevel.get(levels.get(l));
            values[l] = value == null ? Double.NaN : value;
        }
        return values;
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
