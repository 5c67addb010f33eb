package ai.scorecard.api;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.comparison.Comparison;
import ai.scorecard.comparison.Comparisons;
import ai.scorecard.comparison.Ranking;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.products.ProductQuery;
import ai.scorecard.scoreboard.Disputed;
import ai.scorecard.scoreboard.Methodologies;
import ai.scorecard.scoreboard.PublishedMethodology;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoreboard.UnknownVersion;
import ai.scorecard.scoring.ProductScore;
import ai.scorecard.source.Bibliography;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records the API answers with and the exports write, read through the services the pages read: the catalog,
 * the fact ledger, the scoreboard (standings kept under the data version) and the comparisons. So the numbers are
 * the pages' numbers. A lens or version nobody published is refused by the scoreboard ({@code UnknownLens},
 * {@code UnknownVersion}); a slug nobody recorded with a {@link Refusal}.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Datasets {

    static final String COMPANY = "company";
    static final String PRODUCT = "product";

    private final Catalog catalog;
    private final FactLedger ledger;
    private final Bibliography bibliography;
    private final Scoreboard scoreboard;
    private final Comparisons comparisons;
    private final Methodologies methodologies;

    /** Every company, by English name, with its product count: /companies. */
    public CompanyList companies() {
        Map<Long, Long> counts = catalog.productCounts();
        List<CompanyRecord> companies = catalog.companies().stream()
                .map(company -> CompanyRecord.of(company, counts.getOrDefault(company.getId(), 0L))).toList();
        return new CompanyList(companies.size(), companies);
    }

    /** A company with its scores and its products' under a lens (official when null) and version, on a day. */
    public CompanyDetail company(String slug, String lens, Integer version, LocalDate asOf) {
        Company company = company(slug);
        long dataVersion = scoreboard.dataVersion();
        Standings standings = scoreboard.of(List.of(company), lens, version, asOf);
        List<ProductScoreRecord> products = standings.products().stream()
                .map(product -> ProductScoreRecord.of(product, standings.product(product.getSlug()).orElseThrow(), null))
                .toList();
        return new CompanyDetail(CompanyRecord.of(company, products.size()), Basis.of(standings, dataVersion),
                CompanyScoreRecord.of(company, standings.company(slug).orElseThrow()), products);
    }

    /** One page of the products the query asks for, as /products shows it. */
    public ProductPage products(ProductQuery query) {
        Page<Product> page = catalog.products(query.filter(), query.pageable());
        return new ProductPage(query.pageOrFirst(), query.sizeOrDefault(), page.getTotalElements(),
                page.getTotalPages(), page.getContent().stream().map(ProductRecord::of).toList());
    }

    /** Every product the query's filters let through, in its order, on no page. */
    public List<ProductRecord> allProducts(ProductQuery query) {
        return catalog.products(query.filter(), Pageable.unpaged()).getContent().stream().map(ProductRecord::of)
                .toList();
    }

    /** A product with its scores and its breakdown under a lens (official when null) and version, on a day. */
    public ProductDetail product(String slug, String lens, Integer version, LocalDate asOf) {
        Product product = product(slug);
        long dataVersion = scoreboard.dataVersion();
        Standings standings = scoreboard.of(List.of(product.getCompany()), lens, version, asOf);
        ProductScore score = standings.product(slug).orElseThrow();
        return new ProductDetail(ProductRecord.of(product), Basis.of(standings, dataVersion),
                ProductScoreRecord.of(product, score, null),
                score.indicators().stream().map(IndicatorRecord::of).toList());
    }

    /** The facts about the company itself: the current ones, or its whole ledger. */
    public FactList companyFacts(String slug, boolean history) {
        return facts(COMPANY, slug, ledger.ledgerOf(company(slug)), history);
    }

    /** The facts about the product: the current ones, or its whole ledger. */
    public FactList productFacts(String slug, boolean history) {
        return facts(PRODUCT, slug, ledger.ledgerOf(product(slug)), history);
    }

    /** Every current fact, in the order recorded. */
    public List<FactRecord> currentFacts() {
        return ledger.currentWithSubjects().stream().map(fact -> fact.getProduct() != null
                ? FactRecord.of(fact, PRODUCT, fact.getProduct().getSlug())
                : FactRecord.of(fact, COMPANY, fact.getCompany().getSlug())).toList();
    }

    /** Every source of the bibliography, by title. */
    public List<SourceRecord> sources() {
        return bibliography.all().stream().map(SourceRecord::of).toList();
    }

    /**
     * Every company and product under a lens (official when null) and version (the current one when null): the
     * companies as /styles lists them, the products as /rankings ranks them (within one category, unless null);
     * at the end of a past day, or today when null.
     */
    public ScoreSheet scores(String lens, Integer version, Category category, LocalDate asOf) {
        long dataVersion = scoreboard.dataVersion();
        Standings standings = scoreboard.all(lens, version, asOf);
        List<CompanyScoreRecord> companies = standings.scoredCompanies().stream()
                .map(scored -> CompanyScoreRecord.of(scored.company(), scored.score())).toList();
        List<ProductScoreRecord> products = Ranking.of(standings, category, Locale.ENGLISH).rows().stream()
                .map(row -> ProductScoreRecord.of(row.product(), row.score(), row.rank() > 0 ? row.rank() : null))
                .toList();
        return new ScoreSheet(Basis.of(standings, dataVersion), category, companies, products);
    }

    /** Two companies side by side, as /compare shows them, refused as /compare refuses. */
    public ComparisonRecord compare(String left, String right, String lens, Integer version, LocalDate asOf) {
        List<Company> all = catalog.companies();
        Company leftCompany = find(all, left, "left");
        Company rightCompany = find(all, right, "right");
        if (left.equals(right)) {
            throw Refusal.badRequest("compare.problem.sameCompany", "right", leftCompany);
        }
        long dataVersion = scoreboard.dataVersion();
        Comparison comparison = comparisons.compare(leftCompany, rightCompany, lens, version, asOf, Disputed.INCLUDE, Locale.ENGLISH);
        // The standings the comparison was made from, kept under the data version: not computed again.
        Standings standings = scoreboard.all(lens, version, asOf);
        Map<String, Product> products = new HashMap<>();
        standings.products().forEach(product -> products.put(product.getSlug(), product));
        return new ComparisonRecord(Basis.of(standings, dataVersion),
                CompanyScoreRecord.of(leftCompany, comparison.left().score()),
                CompanyScoreRecord.of(rightCompany, comparison.right().score()),
                leader(comparison.leader(), left, right),
                comparison.leader() == Comparison.Leader.NONE ? null : comparison.margin(),
                comparison.robustness().map(ComparisonRecord.ComparedWeightings::of).orElse(null),
                comparison.missingFacts().map(ComparisonRecord.ComparedMissingFacts::of).orElse(null),
                comparison.dimensions().stream().map(row -> new ComparisonRecord.ComparedDimension(row.dimension(),
                        Figures.of(row.left()), Figures.of(row.right()), leader(row.leader(), left, right))).toList(),
                comparison.categories().stream().map(row -> new ComparisonRecord.ComparedCategory(row.category(),
                        leader(row.leader(), left, right), cards(row.left(), products), cards(row.right(), products),
                        row.leftCount(), row.rightCount()))
                        .toList());
    }

    /** The current methodology version's rules, or those of the version asked for. */
    public MethodologyRecord methodology(Integer version) {
        PublishedMethodology current = methodologies.current();
        PublishedMethodology shown = version == null ? current
                : methodologies.version(version).orElseThrow(() -> new UnknownVersion(version));
        return MethodologyRecord.of(shown, current.version(), methodologies.versions());
    }

    private Company company(String slug) {
        return catalog.company(slug).orElseThrow(() -> Refusal.notFound("compare.problem.unknownCompany", "slug", slug));
    }

    private Product product(String slug) {
        return catalog.product(slug).orElseThrow(() -> Refusal.notFound("api.problem.unknownProduct", "slug", slug));
    }

    private static Company find(List<Company> all, String slug, String parameter) {
        return all.stream().filter(company -> company.getSlug().equals(slug)).findFirst()
                .orElseThrow(() -> Refusal.notFound("compare.problem.unknownCompany", parameter, slug));
    }

    private static String leader(Comparison.Leader leader, String left, String right) {
        return switch (leader) {
            case LEFT -> left;
            case RIGHT -> right;
            case NONE -> null;
        };
    }

    private static List<ProductScoreRecord> cards(List<Comparison.ProductCard> cards, Map<String, Product> products) {
        return cards.stream().map(card -> ProductScoreRecord.of(products.get(card.slug()), card.score(), null)).toList();
    }

    private static FactList facts(String subjectType, String slug, List<Fact> ledger, boolean history) {
        return new FactList(subjectType, slug, history, ledger.stream().filter(fact -> history || fact.isCurrent())
                .map(fact -> FactRecord.of(fact, subjectType, slug)).toList());
    }
}
