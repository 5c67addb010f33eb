package ai.scorecard.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Recomputes two companies' overall scores under other dimension weightings without rescoring a
 * single fact: a product's points do not depend on the lens, so each product is reduced to two numbers
 * per dimension (see {@link Profile}) and an overall under any weighting is a few multiplications.
 * Published on the methodology page as {@code methodology.robustnessText}.
 */
final class RobustnessCheck {

    static final int SAMPLES = 2000;
    static final long SEED = 42;
    static final double LOWEST_FACTOR = 0.5;
    static final double FACTOR_RANGE = 1.0;
    /** Steps of the scan from the current share towards 0% and 100%, before bisection refines the crossing. */
    static final int SCAN_STEPS = 1000;
    private static final int BISECTIONS = 60;
    /**
     * Scores (0 to 100) are kept as floats, half the memory of doubles, within 100 × 2⁻²⁴ of the exact value: two
     * kept scores further apart than this are in the same order as the exact ones, and closer ones are computed
     * exactly. The check's answers are those of doubles throughout.
     */
    static final float KEPT_PRECISION = 1e-4f;

    private static final List<Dimension> DIMENSIONS = Dimension.commercial();

    private final double[] dimensionWeight;
    private final double[] productWeight;
    private final double[] callWeight;
    private final EvidenceRule rule;

    RobustnessCheck(double[] dimensionWeight, double[] productWeight, double[] callWeight, EvidenceRule rule) {
        this.dimensionWeight = dimensionWeight;
        this.productWeight = productWeight;
        this.callWeight = callWeight;
        this.rule = rule;
    }

    Optional<Robustness> check(CompanyScore a, CompanyScore b, Lens lens) {
        return check(a, side(a, lens), b, side(b, lens), lens);
    }

    /** The same from each company's side made before ({@link #side}), as a comparison of standings does. */
    Optional<Robustness> check(CompanyScore a, WeightingsSide aSide, CompanyScore b, WeightingsSide bSide, Lens lens) {
        if (a.overall().isEmpty() || b.overall().isEmpty()) {
            return Optional.empty();
        }
        boolean aLeads = a.overall().getAsDouble() >= b.overall().getAsDouble();
        WeightingsSide leader = aLeads ? aSide : bSide;
        WeightingsSide trailer = aLeads ? bSide : aSide;
        double[] shares = shares(lens);

        int ahead = 0;
        double[][] samples = null;
        for (int s = 0; s < SAMPLES; s++) {
            float lead = leader.sampled[s];
            float trail = trailer.sampled[s];
            if (Math.abs(lead - trail) > KEPT_PRECISION) {
                ahead += lead > trail ? 1 : 0;
            } else {
                // Too close to call from the kept numbers (or unknown): computed exactly, as the check is defined.
                samples = samples != null ? samples : samples(lens);
                ahead += leader.profile.overall(samples[s]) > trailer.profile.overall(samples[s]) ? 1 : 0;
            }
        }
        List<Robustness.Flip> flips = new ArrayList<>();
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            flip(leader, trailer, shares, d, true).ifPresent(flips::add);
            flip(leader, trailer, shares, d, false).ifPresent(flips::add);
        }
        flips.sort(Comparator.comparingDouble(Robustness.Flip::change)
                .thenComparing(Robustness.Flip::dimension).thenComparing(Robustness.Flip::direction));
        CompanyScore first = aLeads ? a : b;
        CompanyScore second = aLeads ? b : a;
        return Optional.of(new Robustness(first.slug(), second.slug(), first.overall().getAsDouble(),
                second.overall().getAsDouble(), SAMPLES, (double) ahead / SAMPLES, List.copyOf(flips)));
    }

    /**
     * One company's overall under every weighting the check tries around the lens: the samples, and each step of
     * each scan. A comparison then only compares two companies' numbers, and computes anew only the few weightings
     * bisection asks for.
     */
    WeightingsSide side(CompanyScore company, Lens lens) {
        Profile profile = profile(company);
        double[][] samples = samples(lens);
        float[] sampled = new float[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            sampled[s] = (float) profile.overall(samples[s]);
        }
        double[] shares = shares(lens);
        float[][] scanned = new float[2 * DIMENSIONS.size()][];
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            for (boolean up : new boolean[] {true, false}) {
                if (scanned(shares, d, up)) {
                    float[] values = new float[SCAN_STEPS];
                    for (int step = 1; step <= SCAN_STEPS; step++) {
                        values[step - 1] = (float) profile.overall(withShare(shares, d, scanShare(shares, d, up, step)));
                    }
                    scanned[scan(d, up)] = values;
                }
            }
        }
        return new WeightingsSide(profile, sampled, scanned);
    }

    private static int scan(int d, boolean up) {
        return 2 * d + (up ? 0 : 1);
    }

    /** Whether the share of dimension {@code d} can move that way at all. */
    private static boolean scanned(double[] shares, int d, boolean up) {
        double current = shares[d];
        // With all the weight on one dimension there are no others to rescale back up.
        return !(current == (up ? 1 : 0) || current >= 1);
    }

    /** The share a scan of dimension {@code d} tries at a step, from the current one (step 0) to 0% or 100%. */
    private static double scanShare(double[] shares, int d, boolean up, int step) {
        double current = shares[d];
        double end = up ? 1 : 0;
        return step == SCAN_STEPS ? end : current + (end - current) * step / SCAN_STEPS;
    }

    /**
     * The weightings tried around the lens, as shares of the commercial dimensions in
     * {@link Dimension#commercial()} order. A new generator with the fixed seed every time, so the
     * same lens always gives the same samples.
     */
    static double[][] samples(Lens lens) {
        double[] base = shares(lens);
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] samples = new double[SAMPLES][];
        for (int s = 0; s < SAMPLES; s++) {
            double[] sample = new double[base.length];
            double sum = 0;
            for (int d = 0; d < base.length; d++) {
                sample[d] = base[d] * (LOWEST_FACTOR + FACTOR_RANGE * random.nextDouble());
                sum += sample[d];
            }
            for (int d = 0; d < base.length; d++) {
                sample[d] /= sum;
            }
            samples[s] = sample;
        }
        return samples;
    }

    static double[] shares(Lens lens) {
        double[] shares = new double[DIMENSIONS.size()];
        double sum = 0;
        for (int d = 0; d < shares.length; d++) {
            shares[d] = lens.weight(DIMENSIONS.get(d));
            sum += shares[d];
        }
        for (int d = 0; d < shares.length; d++) {
            shares[d] /= sum;
        }
        return shares;
    }

    /**
     * The shares with dimension {@code d} set to {@code share} and the others rescaled in proportion,
     * so that they keep their ratios to each other and the shares still sum to 1.
     */
    static double[] withShare(double[] shares, int d, double share) {
        double[] result = new double[shares.length];
        double rest = 1 - shares[d];
        for (int k = 0; k < shares.length; k++) {
            result[k] = k == d ? share : shares[k] * (1 - share) / rest;
        }
        return result;
    }

    /** The first share, moving one way from the current one, at which the trailer is strictly ahead. */
    private static Optional<Robustness.Flip> flip(WeightingsSide leader, WeightingsSide trailer, double[] shares, int d,
            boolean up) {
        if (!scanned(shares, d, up)) {
            return Optional.empty();
        }
        double current = shares[d];
        float[] leading = leader.scanned[scan(d, up)];
        float[] trailing = trailer.scanned[scan(d, up)];
        double previous = current;
        for (int step = 1; step <= SCAN_STEPS; step++) {
            double share = scanShare(shares, d, up, step);
            float lead = leading[step - 1];
            float trail = trailing[step - 1];
            boolean flipped;
            if (Math.abs(trail - lead) > KEPT_PRECISION) {
                flipped = trail > lead;
            } else {
                double[] tried = withShare(shares, d, share);
                flipped = flipped(leader.profile.overall(tried), trailer.profile.overall(tried));
            }
            if (flipped) {
                double held = previous;
                double lost = share;
                for (int i = 0; i < BISECTIONS; i++) {
                    double middle = (held + lost) / 2;
                    double[] tried = withShare(shares, d, middle);
                    if (flipped(leader.profile.overall(tried), trailer.profile.overall(tried))) {
                        lost = middle;
                    } else {
                        held = middle;
                    }
                }
                return Optional.of(new Robustness.Flip(DIMENSIONS.get(d), current, lost,
                        up ? Robustness.Flip.Direction.ABOVE : Robustness.Flip.Direction.BELOW));
            }
            previous = share;
        }
        return Optional.empty();
    }

    private static boolean flipped(double lead, double trail) {
        return !Double.isNaN(lead) && !Double.isNaN(trail) && trail > lead;
    }

    private Profile profile(CompanyScore company) {
        // From version 2 a product without a score does not count, under any weighting.
        List<Contribution> products = company.products().stream()
                .filter(product -> product.product().overall().isPresent() || !rule.requiresEvidence())
                .toList();
        double[] weights = new double[products.size()];
        double[][] points = new double[products.size()][DIMENSIONS.size()];
        double[][] known = new double[products.size()][DIMENSIONS.size()];
        for (int p = 0; p < weights.length; p++) {
            weights[p] = productWeight[products.get(p).weight().ordinal()];
            List<IndicatorScore> indicators = products.get(p).product().indicators();
            for (int i = 0, size = indicators.size(); i < size; i++) {
                IndicatorScore indicator = indicators.get(i);
                Dimension dimension = indicator.indicator().dimension();
                if (indicator.known() && dimension.isCommercial()) {
                    int d = DIMENSIONS.indexOf(dimension);
                    double share = callWeight[i] * indicator.indicator().weight() / dimensionWeight[dimension.ordinal()];
                    points[p][d] += share * indicator.points().getAsDouble();
                    known[p][d] += share;
                }
            }
        }
        return new Profile(weights, points, known, rule.priorWeight() * rule.prior(), rule.priorWeight());
    }

    /**
     * A company reduced to what the lens acts on. For product p and dimension d, {@code points[p][d]} is
     * Σ known f·w·points ÷ W_d and {@code known[p][d]} is Σ known f·w ÷ W_d (W_d: the dimension's summed
     * indicator weight; f: 1 for a fact, the editor-call factor for a trait). Under shares L summing to 1
     * the product's estimate is (Σ L·points + m·prior) ÷ (Σ L·known + m), exactly what the effective
     * weights give; in version 1 m = 0 and the normalisation cancels out.
     */
    record Profile(double[] weights, double[][] points, double[][] known, double priorPoints, double priorWeight) {

        /** NaN when no product has an overall score under these shares. */
        double overall(double[] shares) {
            double weighted = 0;
            double weight = 0;
            for (int p = 0; p < weights.length; p++) {
                double numerator = 0;
                double denominator = 0;
                for (int d = 0; d < shares.length; d++) {
                    numerator += shares[d] * points[p][d];
                    denominator += shares[d] * known[p][d];
                }
                if (denominator > 0) {
                    weighted += weights[p] * (numerator + priorPoints) / (denominator + priorWeight);
                    weight += weights[p];
                }
            }
            return weight > 0 ? weighted / weight : Double.NaN;
        }
    }
}
