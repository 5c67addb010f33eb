package ai.scorecard.sources;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Product;
import ai.scorecard.fact.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facts citing a source, grouped as a reader follows them: by company, each with the facts about the company
 * itself and then about each of its products. In each group the facts that hold now come first, then the
 * superseded ones, then the retracted ones, each kind newest first.
 */
record CitingFacts(List<CompanyGroup> companies) {

    /** A company with the citing facts about it and about its products; companies by English name. */
    record CompanyGroup(Company company, List<Fact> aboutCompany, List<ProductGroup> products) {
    }

    /** A product with the citing facts about it; products by English name. */
    record ProductGroup(Product product, List<Fact> facts) {
    }

    private static final Comparator<Fact> CURRENT_FIRST = Comparator.comparingInt(CitingFacts::standing)
            .thenComparing(Fact::getAsOf, Comparator.reverseOrder())
            .thenComparing(Fact::getId, Comparator.reverseOrder());

    /** @param citing facts with their subjects loaded, as {@code FactLedger.citing} gives them */
    static CitingFacts of(List<Fact> citing) {
        Map<Long, Company> companies = new LinkedHashMap<>();
        Map<Long, List<Fact>> aboutCompany = new LinkedHashMap<>();
        Map<Long, Product> products = new LinkedHashMap<>();
        Map<Long, List<Fact>> aboutProduct = new LinkedHashMap<>();
        for (Fact fact : citing) {
            Company company = companyOf(fact);
            companies.putIfAbsent(company.getId(), company);
            if (fact.getProduct() != null) {
                products.putIfAbsent(fact.getProduct().getId(), fact.getProduct());
                aboutProduct.computeIfAbsent(fact.getProduct().getId(), id -> new ArrayList<>()).add(fact);
            } else {
                aboutCompany.computeIfAbsent(company.getId(), id -> new ArrayList<>()).add(fact);
            }
        }
        List<CompanyGroup> groups = new ArrayList<>();
        for (Company company : companies.values().stream().sorted(Comparator.comparing(Company::getNameEn)).toList()) {
            List<ProductGroup> productGroups = products.values().stream()
                    .filter(product -> product.getCompany().getId().equals(company.getId()))
                    .sorted(Comparator.comparing(Product::getNameEn))
                    .map(product -> new ProductGroup(product, sorted(aboutProduct.get(product.getId()))))
                    .toList();
            groups.add(new CompanyGroup(company, sorted(aboutCompany.getOrDefault(company.getId(), List.of())),
                    productGroups));
        }
        return new CitingFacts(groups);
    }

    /** The citing facts that hold now. */
    public List<Fact> current() {
        return all().stream().filter(Fact::isCurrent).toList();
    }

    /** The ids of the citing facts that hold now: what a retraction of the source would withdraw. */
    Set<Long> currentIds() {
        return current().stream().map(Fact::getId).collect(Collectors.toSet());
    }

    /** The companies a current citing fact is about, itself or through one of its products. */
    List<Company> companiesWithCurrent() {
        return current().stream().map(CitingFacts::companyOf)
                .collect(Collectors.toMap(Company::getId, company -> company, (a, b) -> a, LinkedHashMap::new))
                .values().stream().toList();
    }

    /** The products a current citing fact is about. */
    List<Product> productsWithCurrent() {
        return current().stream().map(Fact::getProduct).filter(product -> product != null)
                .collect(Collectors.toMap(Product::getId, product -> product, (a, b) -> a, LinkedHashMap::new))
                .values().stream().toList();
    }

    public int size() {
        return all().size();
    }

    public boolean isEmpty() {
        return companies.isEmpty();
    }

    /** Only the facts that hold now, grouped the same way: what a retraction would withdraw. */
    CitingFacts onlyCurrent() {
        return of(current());
    }

    private List<Fact> all() {
        List<Fact> all = new ArrayList<>();
        for (CompanyGroup group : companies) {
            all.addAll(group.aboutCompany());
            group.products().forEach(product -> all.addAll(product.facts()));
        }
        return all;
    }

    private static Company companyOf(Fact fact) {
        return fact.getProduct() != null ? fact.getProduct().getCompany() : fact.getCompany();
    }

    private static List<Fact> sorted(List<Fact> facts) {
        return facts.stream().sorted(CURRENT_FIRST).toList();
    }

    /** 0 for a fact that holds, 1 for a superseded one, 2 for a retracted one (which may also be superseded). */
    private static int standing(Fact fact) {
        return fact.isRetracted() ? 2 : fact.isSuperseded() ? 1 : 0;
    }
}
