package ai.scorecard.catalog;

import ai.scorecard.checks.Checks;
import ai.scorecard.checks.LikePattern;
import ai.scorecard.checks.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies and their AI products: the only way they are read and changed. A change is checked
 * against the rules of a valid record first ({@link CompanyDraft}, {@link ProductDraft}) and announced
 * ({@link CompanyChanged}, {@link ProductChanged}) within its transaction.
 *
 * <p>Two editors saving the same new slug at the same moment pass the check together; the database's
 * unique key refuses the second when it commits, with a {@code DataIntegrityViolationException}. Two
 * editors changing the same record are told apart by its version: a draft made from an older version is
 * an {@link Outcome.EditConflict}, and one that races past that check is refused by the database's version
 * check with an {@code OptimisticLockingFailureException}.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Catalog {

    private final Companies companies;
    private final Products products;
    private final Checks checks;
    private final ApplicationEventPublisher events;

    public Optional<Company> company(String slug) {
        return companies.findBySlug(slug);
    }

    /** Every company, by English name. */
    public List<Company> companies() {
        return companies.findAllByOrderByNameEnAsc();
    }

    public Optional<Product> product(String slug) {
        return products.findBySlug(slug);
    }

    /** Every product, by English name, each with its company. */
    public List<Product> products() {
        return products.findAllByOrderByNameEnAsc();
    }

    /** A company's products, the flagships first. */
    public List<Product> productsOf(Company company) {
        return products.findByCompanyOrderByWeightAscNameEnAsc(company);
    }

    /** The products of some companies, each with its company, the flagships first. */
    public List<Product> productsOf(Collection<Long> companyIds) {
        return products.findByCompanyIdInOrderByWeightAscNameEnAsc(companyIds);
    }

    /** One page of the products a reader asked for. */
    public Page<Product> products(ProductFilter filter, Pageable page) {
        return products.findAll(filter.toSpecification(), page);
    }

    /** How many products each company has, by company id. */
    public Map<Long, Long> productCounts() {
        return products.countByCompany().stream()
                .collect(Collectors.toMap(ProductCount::companyId, ProductCount::products));
    }

    /**
     * The companies and the products whose English or Chinese name holds the text, in any case, at most
     * {@code limit} of each, by English name. Every character of the text counts as itself.
     */
    public CatalogMatches search(String text, int limit) {
        String pattern = LikePattern.containing(text);
        return new CatalogMatches(companies.findByNameLike(pattern, Limit.of(limit)),
                products.findByNameLike(pattern, Limit.of(limit)));
    }

    public long companyCount() {
        return companies.count();
    }

    public long productCount() {
        return products.count();
    }

    /** Every rule the draft breaks (for a product, its company existing too), the slug's being free aside. */
    public List<Problem> check(Draft<?> draft) {
        List<Problem> problems = new ArrayList<>(checks.of(draft));
        if (draft instanceof ProductDraft product && product.company() != null && !product.company().isBlank()
                && companies.findBySlug(product.company()).isEmpty()) {
            problems.add(Problem.of("company", "product.company.unknown"));
        }
        return problems;
    }

    /** Adds a company or a product, unless the draft breaks a rule or its slug is taken. */
    @Transactional
    public <T extends Entry> Outcome<T> create(Draft<T> draft) {
        List<Problem> problems = check(draft);
        if (!problems.isEmpty()) {
            return new Outcome.Invalid<>(problems);
        }
        if (stored(draft).isPresent()) {
            return new Outcome.SlugTaken<>();
        }
        return saved(created(draft, slug -> companies.findBySlug(slug).orElseThrow()));
    }

    /**
     * Adds many companies, or many products, in one transaction, as {@link #create} adds one: every draft is
     * checked first, against the stored entries and against the others, and when any is refused none is
     * stored; each problem's field then starts with the draft's position, such as {@code [3].slug}. For an
     * import or the seed: it reads what it needs up front, instead of a few queries per entry.
     */
    @Transactional
    public <T extends Entry> Outcome<List<T>> createAll(List<? extends Draft<T>> drafts) {
        Map<String, Company> companiesBySlug = companies.findAllByOrderByNameEnAsc().stream()
                .collect(Collectors.toMap(Company::getSlug, company -> company));
        Set<String> taken = new HashSet<>(companiesBySlug.keySet());
        if (!drafts.isEmpty() && drafts.get(0) instanceof ProductDraft) {
            taken = products.findAllByOrderByNameEnAsc().stream().map(Product::getSlug).collect(Collectors.toSet());
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft<T> draft = drafts.get(i);
            String at = "[" + i + "].";
            checks.of(draft).forEach(problem -> problems.add(new Problem(at + problem.field(), problem.code(),
                    problem.message())));
            if (draft instanceof ProductDraft product && !companiesBySlug.containsKey(product.company())) {
                problems.add(Problem.of(at + "company", "product.company.unknown"));
            }
            if (!taken.add(draft.slug())) {
                problems.add(Problem.of(at + "slug", "form.slug.taken"));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome.Invalid<>(problems);
        }
        List<T> saved = new ArrayList<>(drafts.size());
        for (Draft<T> draft : drafts) {
            saved.add(((Outcome.Saved<T>) saved(created(draft, companiesBySlug::get))).record());
        }
        return new Outcome.Saved<>(saved);
    }

    /**
     * Applies the draft to a company or a product, if nobody saved it since {@code version}, the version the
     * editor started from.
     */
    @Transactional
    public <T extends Entry> Outcome<T> update(T entry, Long version, Draft<T> draft) {
        List<Problem> problems = check(draft);
        if (!problems.isEmpty()) {
            return new Outcome.Invalid<>(problems);
        }
        if (version == null || version != entry.getVersion()) {
            return new Outcome.EditConflict<>(entry);
        }
        if (draft instanceof CompanyDraft company) {
            company.applyTo((Company) entry);
        } else if (draft instanceof ProductDraft product) {
            product.applyTo((Product) entry, companies.findBySlug(product.company()).orElseThrow());
        }
        return saved(entry);
    }

    /** The company or product with the draft's slug, as stored now. */
    @SuppressWarnings("unchecked")
    private <T extends Entry> Optional<T> stored(Draft<T> draft) {
        return (Optional<T>) (draft instanceof CompanyDraft ? companies.findBySlug(draft.slug())
                : products.findBySlug(draft.slug()));
    }

    @SuppressWarnings("unchecked")
    private <T extends Entry> T created(Draft<T> draft, Function<String, Company> companyBySlug) {
        if (draft instanceof CompanyDraft company) {
            Company created = new Company(company.slug(), company.nameEn(), null, null, null);
            company.applyTo(created);
            return (T) created;
        }
        ProductDraft product = (ProductDraft) draft;
        Company owner = companyBySlug.apply(product.company());
        Product created = new Product(product.slug(), owner, product.nameEn(), null, product.category(),
                product.stage());
        product.applyTo(created, owner);
        return (T) created;
    }

    /** Stores the entry (a form's entry is detached: what is saved is the copy the database returns). */
    @SuppressWarnings("unchecked")
    private <T extends Entry> Outcome<T> saved(T entry) {
        if (entry instanceof Company company) {
            Company saved = companies.save(company);
            events.publishEvent(new CompanyChanged(saved.getSlug()));
            return new Outcome.Saved<>((T) saved);
        }
        Product saved = products.save((Product) entry);
        events.publishEvent(new ProductChanged(saved.getSlug()));
        return new Outcome.Saved<>((T) saved);
    }

    /**
     * Deletes a product. The database refuses while facts refer to it: the fact ledger, which decides
     * when facts may go, deletes them first (see {@code FactLedger.deleteWithFacts}).
     */
    @Transactional
    public void delete(Product product) {
        products.delete(product);
        events.publishEvent(new ProductChanged(product.getSlug()));
    }
}
