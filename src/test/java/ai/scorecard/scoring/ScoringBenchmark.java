package ai.scorecard.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times the scoring core on 10,000 products with 100,000 facts (100 companies of 100 products, 10
 * facts each, seeded), single-threaded, after warming up. Run by {@code bench/scoring-benchmark.sh}.
 * The budget is 50 ms for the 10,000 products, warm, on a 2-core machine.
 */
public final class ScoringBenchmark {

    private static final int COMPANIES = 100;
    private static final int PRODUCTS_PER_COMPANY = 100;
    private static final int FACTS_PER_PRODUCT = 10;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private ScoringBenchmark() {
    }

    public static void main(String[] args) {
        int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Methodology methodology = MethodologyFixtures.versionOne();
        Scorer scorer = new Scorer(methodology);
        Lens lens = methodology.official();
        RandomInputs inputs = new RandomInputs(42, TODAY);
        List<CompanyInput> companies = new ArrayList<>(COMPANIES);
        List<ProductInput> products = new ArrayList<>(COMPANIES * PRODUCTS_PER_COMPANY);
        for (int c = 0; c < COMPANIES; c++) {
            CompanyInput company = inputs.company("company-" + c, PRODUCTS_PER_COMPANY, FACTS_PER_PRODUCT);
            companies.add(company);
            products.addAll(company.products());
        }
        int facts = products.stream().mapToInt(product -> product.facts().size()).sum();
        System.out.printf("%d products, %d product facts, %d companies, %d indicators; %d warm-up rounds, %d runs%n",
                products.size(), facts, companies.size(), methodology.indicators().size(), warmups, runs);

        double sink = 0;
        for (int w = 0; w < warmups; w++) {
            sink += scoreProducts(scorer, products, lens) + rollUpCompanies(scorer, companies, lens);
        }
        double[] productMillis = new double[runs];
        double[] companyMillis = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            sink += scoreProducts(scorer, products, lens);
            productMillis[r] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            sink += rollUpCompanies(scorer, companies, lens);
            companyMillis[r] = (System.nanoTime() - start) / 1e6;
        }
        report("score 10,000 products", productMillis);
        report("roll up 100 companies (scoring their 10,000 products)", companyMillis);

        // What comparisons share: each company's missing-facts draws, made once per standings.
        List<CompanyScore> scored = companies.stream().map(company -> scorer.score(company, lens, TODAY)).toList();
        KnownPoints known = KnownPoints.of(scored);
        for (int w = 0; w < Math.max(1, warmups / 10); w++) {
            sink += summarize(scorer, scored, known);
        }
        double[] summaryMillis = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            sink += summarize(scorer, scored, known);
            summaryMillis[r] = (System.nanoTime() - start) / 1e6;
        }
        report("missing-facts draws of 100 companies", summaryMillis);
        double[] sideMillis = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            for (CompanyScore company : scored) {
                sink += scorer.weightingsSide(company, lens).hashCode() & 1;
            }
            sideMillis[r] = (System.nanoTime() - start) / 1e6;
        }
        report("weightings of 100 companies (robustness)", sideMillis);
        System.out.printf("(checksum %.3f)%n", sink);
    }

    private static double scoreProducts(Scorer scorer, List<ProductInput> products, Lens lens) {
        double sum = 0;
        for (int p = 0, size = products.size(); p < size; p++) {
            sum += scorer.score(products.get(p), lens, TODAY).overall().orElse(0);
        }
        return sum;
    }

    private static double rollUpCompanies(Scorer scorer, List<CompanyInput> companies, Lens lens) {
        double sum = 0;
        for (int c = 0, size = companies.size(); c < size; c++) {
            CompanyScore score = scorer.score(companies.get(c), lens, TODAY);
            sum += score.overall().orElse(0) + score.styleIndex().orElse(0);
        }
        return sum;
    }

    private static double summarize(Scorer scorer, List<CompanyScore> companies, KnownPoints known) {
        double sum = 0;
        for (CompanyScore company : companies) {
            MissingFactsDraws draws = scorer.missingFactsDraws(company, known);
            sum += draws.scores.length == 0 ? 0 : draws.scores[0];
        }
        return sum;
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%-55s min %6.2f ms   median %6.2f ms%n", what, sorted[0], sorted[sorted.length / 2]);
    }
}
