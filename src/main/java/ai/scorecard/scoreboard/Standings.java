package ai.scorecard.scoreboard;

import ai.scorecard.catalog.Company;
import ai.scorecard.scoreboard.PublishedMethodology;
import ai.scorecard.catalog.Product;
import ai.scorecard.fact.CurrentFact;
import ai.scorecard.scoring.CompanyInput;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.scoring.Evidence;
import ai.scorecard.scoring.ProductInput;
import ai.scorecard.scoring.Contribution;
import ai.scorecard.scoring.KnownPoints;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.MissingFactsDraws;
import ai.scorecard.scoring.MissingFactsRobustness;
import ai.scorecard.scoring.ProductScore;
import ai.scorecard.scoring.Robustness;
import ai.scorecard.scoring.Scorer;
import ai.scorecard.scoring.WeightingsSide;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Companies' and products' scores under one methodology version, one lens and one "today", with the
 * products they were computed from (already loaded, with their companies).
 */
public record Standings(PublishedMethodology methodology, Lens lens, LocalDate today, List<CompanyScore> companies,
        List<Company> companyRecords, List<Product> products, Scorer scorer, Summaries summaries) {

    public Standings(PublishedMethodology methodology, Lens lens, LocalDate today, List<CompanyScore> companies,
            List<Company> companyRecords, List<Product> products, Scorer scorer) {
        this(methodology, lens, today, companies, companyRecords, products, scorer, new Summaries());
    }

    /**
     * What every comparison of two companies of these standings shares, made once when first asked: the known
     * points of every product, each company's draws of its missing facts and its overall under the weightings
     * the robustness check tries. A drawn-afresh comparison then only compares numbers, instead of drawing 2,000
     * times and weighting 12,000 times over every product of both companies.
     */
    public static final class Summaries {

        /** Gives each scoring of a company a number of its own, on this instance. */
        private static final AtomicLong SCORINGS = new AtomicLong();

        private final Map<String, Long> scorings = new ConcurrentHashMap<>();
        private final Map<Object, Object> remembered = new ConcurrentHashMap<>();
        private final Map<String, MissingFactsDraws> draws = new ConcurrentHashMap<>();
        private final Map<String, WeightingsSide> weightings = new ConcurrentHashMap<>();
        private volatile KnownPoints known;
        private volatile Map<String, Product> productsBySlug;

        private Map<String, Product> productsBySlug(List<Product> products) {
            Map<String, Product> bySlug = productsBySlug;
            if (bySlug == null) {
                Map<String, Product> made = new HashMap<>(products.size() * 2);
                products.forEach(product -> made.put(product.getSlug(), product));
                bySlug = Collections.unmodifiableMap(made);
                productsBySlug = bySlug;
            }
            return bySlug;
        }

        private long scoring(String slug) {
            return scorings.computeIfAbsent(slug, company -> SCORINGS.incrementAndGet());
        }

        private KnownPoints known(List<CompanyScore> companies) {
            KnownPoints points = known;
            if (points == null) {
                points = KnownPoints.of(companies);
                known = points;
            }
            return points;
        }

        private MissingFactsDraws draws(Scorer scorer, CompanyScore company, List<CompanyScore> companies) {
            return draws.computeIfAbsent(company.slug(), slug -> scorer.missingFactsDraws(company, known(companies)));
        }

        private WeightingsSide weightings(Scorer scorer, CompanyScore company, Lens lens) {
            return weightings.computeIfAbsent(company.slug(), slug -> scorer.weightingsSide(company, lens));
        }
    }

    /**
     * Makes every company's share of the {@link Summaries} now rather than at its first comparison, company by
     * company, for as long as these standings are still the ones readers get.
     */
    void summarize(BooleanSupplier stillCurrent) {
        for (CompanyScore company : companies) {
            if (!stillCurrent.getAsBoolean()) {
                return;
            }
            summaries.draws(scorer, company, companies);
            summaries.weightings(scorer, company, lens);
        }
    }

    /**
     * Scores some companies and their products from the facts given, in force on {@code today}: the one path
     * every score takes, whether the facts were read from the database or replayed from the ledger in memory.
     */
    public static Standings scored(PublishedMethodology methodology, Lens lens, List<Company> companyList,
            List<Product> productList, List<CurrentFact> currentFacts, LocalDate today, Scorer scorer) {
        return scored(methodology, lens, companyList, productList, FactsByOwner.of(currentFacts), today, scorer);
    }

    /**
     * Current facts as the scorer reads them, by product and by company: made once for every lens scored from the
     * same facts, so that the lenses share one copy of each fact.
     */
    public record FactsByOwner(Map<Long, List<Evidence>> byProduct, Map<Long, List<Evidence>> byCompany) {

        public static FactsByOwner of(List<CurrentFact> currentFacts) {
            Map<Long, List<Evidence>> byProduct = new HashMap<>();
            Map<Long, List<Evidence>> byCompany = new HashMap<>();
            for (CurrentFact fact : currentFacts) {
                Evidence evidence = new Evidence(fact.id(), fact.metric(), fact.value(), fact.level(),
                        fact.qualifier(), fact.asOf(), fact.provenance(), fact.sourceTitle(), fact.sourceUrl(),
                        fact.sourceDate(), fact.asOfIsReadDate(), fact.claim(), fact.sourceTitleZh(), fact.claimZh());
                if (fact.productId() != null) {
                    byProduct.computeIfAbsent(fact.productId(), id -> new ArrayList<>()).add(evidence);
                } else {
                    byCompany.computeIfAbsent(fact.companyId(), id -> new ArrayList<>()).add(evidence);
                }
            }
            return new FactsByOwner(byProduct, byCompany);
        }

        /** The same without the facts of these ids (those disputed, say). */
        public FactsByOwner without(Set<Long> factIds) {
            return new FactsByOwner(without(byProduct, factIds), without(byCompany, factIds));
        }

        private static Map<Long, List<Evidence>> without(Map<Long, List<Evidence>> byOwner, Set<Long> factIds) {
            Map<Long, List<Evidence>> left = new HashMap<>();
            byOwner.forEach((owner, facts) -> left.put(owner,
                    facts.stream().filter(fact -> !factIds.contains(fact.factId())).toList()));
            return left;
        }
    }

    /** The same from facts already grouped by owner. */
    static Standings scored(PublishedMethodology methodology, Lens lens, List<Company> companyList,
            List<Product> productList, FactsByOwner facts, LocalDate today, Scorer scorer) {
        Map<Long, List<Evidence>> byProduct = facts.byProduct();
        Map<Long, List<Evidence>> byCompany = facts.byCompany();
        Map<Long, List<ProductInput>> productsByCompany = new HashMap<>();
        Map<Long, String> companySlugs = new HashMap<>();
        companyList.forEach(company -> companySlugs.put(company.getId(), company.getSlug()));
        for (Product product : productList) {
            Long companyId = product.getCompany().getId();
            productsByCompany.computeIfAbsent(companyId, id -> new ArrayList<>()).add(new ProductInput(
                    product.getSlug(), companySlugs.get(companyId), product.getCategory(), product.getWeight(),
                    product.getStage(), product.getMonetizationAtLaunch(), product.getGrowthDriver(),
                    product.getIntegrationDepth(), byProduct.getOrDefault(product.getId(), List.of())));
        }
        List<CompanyScore> scores = new ArrayList<>(companyList.size());
        for (Company company : companyList) {
            scores.add(scorer.score(new CompanyInput(company.getSlug(),
                    byCompany.getOrDefault(company.getId(), List.of()),
                    productsByCompany.getOrDefault(company.getId(), List.of())), lens, today));
        }
        return new Standings(methodology, lens, today, scores, companyList, productList, scorer);
    }

    /** The products of these standings by their slugs, made once. */
    public Map<String, Product> productsBySlug() {
        return summaries.productsBySlug(products);
    }

    /** Each company with its score, in the order the companies were asked for. */
    public List<Scored> scoredCompanies() {
        List<Scored> scored = new ArrayList<>(companies.size());
        for (int i = 0; i < companies.size(); i++) {
            scored.add(new Scored(companyRecords.get(i), companies.get(i)));
        }
        return scored;
    }

    public record Scored(Company company, CompanyScore score) {
    }

    public Optional<CompanyScore> company(String slug) {
        return companies.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public Optional<ProductScore> product(String slug) {
        return companies.stream()
                .flatMap(c -> c.products().stream())
                .map(Contribution::product)
                .filter(p -> p.slug().equals(slug))
                .findFirst();
    }

    /**
     * The company's place among the companies with a score, highest first (1 is the top); companies with equal
     * scores share a place. Empty when the company has no score, or is not among these standings.
     */
    public OptionalInt companyRank(String slug) {
        Optional<CompanyScore> scored = company(slug).filter(score -> score.overall().isPresent());
        if (scored.isEmpty()) {
            return OptionalInt.empty();
        }
        double overall = scored.get().overall().getAsDouble();
        return OptionalInt.of(1 + (int) companies.stream()
                .filter(other -> other.overall().isPresent() && other.overall().getAsDouble() > overall).count());
    }

    /**
     * Which scoring of a company these standings hold: a number that stays the same, on this instance, for as long
     * as standings brought up to date after a write keep the company's score as it was (see {@link #replacing}), and
     * is new once anything it is scored from may have changed. What is drawn from one company's score alone can be
     * kept under it instead of under the data version, which every write moves.
     */
    public long scoring(String slug) {
        return summaries.scoring(slug);
    }

    /**
     * What another module makes from these standings alone, made once per key and kept with them (a comparison's
     * cards of one company, say); standings brought up to date after a write start without any. The keys must be
     * few: a company and a language, not whatever a request names.
     */
    @SuppressWarnings("unchecked")
    public <T> T remembered(Object key, Supplier<T> making) {
        return (T) summaries.remembered.computeIfAbsent(key, any -> making.get());
    }

    /** These standings with some companies' scores replaced by their scores in {@code some}, under the same rules. */
    Standings replacing(Standings some) {
        List<CompanyScore> scores = new ArrayList<>(companies.size());
        // A company scored as before keeps its overall under every weighting: that depends on nothing else. Its
        // missing-facts draws do not keep, since they are drawn from every product's known points.
        Summaries kept = new Summaries();
        kept.productsBySlug = summaries.productsBySlug;
        for (CompanyScore score : companies) {
            Optional<CompanyScore> replaced = some.company(score.slug());
            scores.add(replaced.orElse(score));
            WeightingsSide weightings = summaries.weightings.get(score.slug());
            if (replaced.isEmpty() && weightings != null) {
                kept.weightings.put(score.slug(), weightings);
            }
            Long scoring = summaries.scorings.get(score.slug());
            if (replaced.isEmpty() && scoring != null) {
                kept.scorings.put(score.slug(), scoring);
            }
        }
        return new Standings(methodology, lens, today, scores, companyRecords, products, scorer, kept);
    }

    /** How firmly the leader of two companies of these standings leads under other weightings around the lens. */
    public Optional<Robustness> robustness(CompanyScore a, CompanyScore b) {
        return scorer.robustness(a, summaries.weightings(scorer, a, lens), b, summaries.weightings(scorer, b, lens),
                lens);
    }

    /**
     * How firmly the leader of two companies leads when the facts nobody recorded are drawn from what these
     * standings' products show where they are known: ask it of the standings of every company
     * ({@link Scoreboard#all(String, Integer)}), or the draws see only some products.
     */
    public Optional<MissingFactsRobustness> missingFacts(CompanyScore a, CompanyScore b) {
        return scorer.missingFacts(a, summaries.draws(scorer, a, companies), b, summaries.draws(scorer, b, companies));
    }
}
