package ai.scorecard.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Fills every unknown indicator of two companies' scored products with a value drawn from what that
 * indicator is where it is known, 2,000 times with a fixed seed, and counts how often the leader stays
 * ahead. Published on the methodology page as {@code methodology.missingFactsText}.
 *
 * <p>Each company's draws are its own, seeded by its slug: they are the same whoever it is compared with, so
 * they are made once per company and standings ({@link MissingFactsDraws}) and a comparison only counts.
 */
final class MissingFactsCheck {

    static final int DRAWS = 2000;
    static final long SEED = 42;

    private final double[] productWeight;
    private final double[] callWeight;
    private final EvidenceRule rule;

    MissingFactsCheck(double[] productWeight, double[] callWeight, EvidenceRule rule) {
        this.productWeight = productWeight;
        this.callWeight = callWeight;
        this.rule = rule;
    }

    Optional<MissingFactsRobustness> check(CompanyScore a, CompanyScore b, KnownPoints known) {
        return check(a, draws(a, known), b, draws(b, known));
    }

    /** The two companies' draws compared, draw by draw; empty when either has no overall score. */
    Optional<MissingFactsRobustness> check(CompanyScore a, MissingFactsDraws aDraws, CompanyScore b,
            MissingFactsDraws bDraws) {
        if (a.overall().isEmpty() || b.overall().isEmpty()) {
            return Optional.empty();
        }
        boolean aLeads = a.overall().getAsDouble() >= b.overall().getAsDouble();
        double[] lead = (aLeads ? aDraws : bDraws).scores;
        double[] trail = (aLeads ? bDraws : aDraws).scores;
        int ahead = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            if (lead[draw] > trail[draw]) {
                ahead++;
            }
        }
        return Optional.of(new MissingFactsRobustness((aLeads ? a : b).slug(), (aLeads ? b : a).slug(), DRAWS,
                aDraws.filled + bDraws.filled, (double) ahead / DRAWS));
    }

    /** The company's score with its gaps filled, {@link #DRAWS} times; none without an overall score. */
    MissingFactsDraws draws(CompanyScore company, KnownPoints known) {
        if (company.overall().isEmpty()) {
            return new MissingFactsDraws(new double[0], 0);
        }
        List<Gaps> gaps = gaps(company, known);
        SplittableRandom random = new SplittableRandom(SEED * 31 + company.slug().hashCode());
        double[] scores = new double[DRAWS];
        for (int draw = 0; draw < DRAWS; draw++) {
            scores[draw] = drawn(gaps, random);
        }
        return new MissingFactsDraws(scores, gaps.stream().mapToInt(product -> product.indicators().length).sum());
    }

    /** The company's score with its gaps filled by one draw each: the product-weighted mean of its products'. */
    private static double drawn(List<Gaps> products, SplittableRandom random) {
        double weighted = 0;
        double weight = 0;
        for (Gaps product : products) {
            double numerator = product.numerator();
            double denominator = product.denominator();
            for (int g = 0; g < product.indicators().length; g++) {
                double[] pool = product.pools()[g];
                numerator += product.weights()[g] * pool[random.nextInt(pool.length)];
                denominator += product.weights()[g];
            }
            weighted += product.productWeight() * Math.max(0, Math.min(100, numerator / denominator));
            weight += product.productWeight();
        }
        return weighted / weight;
    }

    private List<Gaps> gaps(CompanyScore company, KnownPoints known) {
        List<Gaps> result = new ArrayList<>();
        for (Contribution contribution : company.products()) {
            ProductScore product = contribution.product();
            if (product.overall().isEmpty()) {
                continue;
            }
            List<IndicatorScore> indicators = product.indicators();
            double numerator = rule.priorWeight() * rule.prior();
            double denominator = rule.priorWeight();
            List<Integer> missing = new ArrayList<>();
            for (int i = 0, size = indicators.size(); i < size; i++) {
                IndicatorScore indicator = indicators.get(i);
                double weight = indicator.effectiveWeight() * callWeight[i];
                if (indicator.known()) {
                    numerator += weight * indicator.points().getAsDouble();
                    denominator += weight;
                } else if (weight > 0 && known.count(i) > 0) {
                    missing.add(i);
                }
            }
            int[] places = missing.stream().mapToInt(Integer::intValue).toArray();
            double[] weights = new double[places.length];
            double[][] pools = new double[places.length][];
            for (int g = 0; g < places.length; g++) {
                weights[g] = indicators.get(places[g]).effectiveWeight() * callWeight[places[g]];
                pools[g] = known.of(places[g]);
            }
            result.add(new Gaps(productWeight[contribution.weight().ordinal()], numerator, denominator, places,
                    weights, pools));
        }
        return result;
    }

    /** One scored product: its known sums (prior included) and the unknown indicators a draw fills. */
    private record Gaps(double productWeight, double numerator, double denominator, int[] indicators,
            double[] weights, double[][] pools) {
    }
}
