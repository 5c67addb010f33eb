package ai.scorecard.comparison;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.Product;
import ai.scorecard.scoreboard.Disputed;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.scoring.Contribution;
import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.Evidence;
import ai.scorecard.scoring.IndicatorScore;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.ProductScore;
import ai.scorecard.scoring.Signal;
import ai.scorecard.scoring.StyleReason;
import ai.scorecard.scoring.StyleTrait;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/** Puts two companies side by side: headline, dimensions, products category by category, playbook. */
@Service
@RequiredArgsConstructor
public class Comparisons {

    /**
     * The products each side shows in a category, best first; the page links to the rest. A company with a
     * hundred products in one category would otherwise fill the page with cards nobody reads to the end.
     */
    static final int CARDS_PER_CATEGORY = 3;

    /** The facts a card shows: those that add most to the product's score. */
    static final int KEY_FACTS = 3;

    /** The products of each side the ranges chart shows after the company itself. */
    static final int BEST_PRODUCTS = 5;

    private final Scoreboard scoreboard;

    /**
     * Compares two different companies under a lens of a methodology version (the current one when
     * null). Reads the standings of every company, kept under the data version (a fixed number of queries,
     * see {@link Scoreboard#all(String, Integer)}), since the missing facts are drawn from every product.
     *
     * @throws ai.scorecard.scoreboard.UnknownLens    when that version has no such lens
     * @throws ai.scorecard.scoreboard.UnknownVersion when no such version was published
     */
    public Comparison compare(Company left, Company right, String lensCode, Integer version, Locale locale) {
        return compare(left, right, lensCode, version, null, Disputed.INCLUDE, locale);
    }

    /**
     * The same as the scorecard stood at the end of a day (today when null), counting disputed facts or leaving
     * them out; see {@link Scoreboard#all(String, Integer, LocalDate, Disputed)}.
     */
    public Comparison compare(Company left, Company right, String lensCode, Integer version, LocalDate asOf,
            Disputed disputed, Locale locale) {
        Standings standings = scoreboard.all(lensCode, version, asOf, disputed);
        Lens lens = standings.lens();
        CompanyScore leftScore = standings.company(left.getSlug()).orElseThrow();
        CompanyScore rightScore = standings.company(right.getSlug()).orElseThrow();
        Map<String, Product> products = standings.productsBySlug();

        List<Comparison.DimensionRow> dimensions = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            if (dimension == Dimension.MODEL_CAPABILITY) {
                continue;
            }
            OptionalDouble a = leftScore.dimensions().getOrDefault(dimension, OptionalDouble.empty());
            OptionalDouble b = rightScore.dimensions().getOrDefault(dimension, OptionalDouble.empty());
            dimensions.add(new Comparison.DimensionRow(dimension, a, b, leaderOf(a, b)));
        }

        Parts leftParts = standings.remembered(new Parts.Key(left.getSlug(), locale.getLanguage()),
                () -> Parts.of(leftScore, standings, products, locale));
        Parts rightParts = standings.remembered(new Parts.Key(right.getSlug(), locale.getLanguage()),
                () -> Parts.of(rightScore, standings, products, locale));

        List<Comparison.CategoryRow> categories = new ArrayList<>();
        for (Category category : Category.values()) {
            Parts.InCategory l = leftParts.in(category);
            Parts.InCategory r = rightParts.in(category);
            if (l.count() > 0 || r.count() > 0) {
                categories.add(new Comparison.CategoryRow(category, l.cards(), r.cards(), l.count(), r.count(),
                        leaderOf(best(l.cards()), best(r.cards()))));
            }
        }

        List<Comparison.TraitRow> playbook = new ArrayList<>();
        for (int i = 0; i < leftParts.traits().size(); i++) {
            Comparison.Trait l = leftParts.traits().get(i);
            Comparison.Trait r = rightParts.traits().get(i);
            if (l.observations() > 0 || r.observations() > 0) {
                playbook.add(new Comparison.TraitRow(l.signal(), l.position(), r.position(), l.observations(),
                        r.observations()));
            }
        }

        return new Comparison(
                new Comparison.Side(left.getSlug(), left.name(locale), leftScore, leftParts.best(),
                        leftParts.traits(), standings.scoring(left.getSlug())),
                new Comparison.Side(right.getSlug(), right.name(locale), rightScore, rightParts.best(),
                        rightParts.traits(), standings.scoring(right.getSlug())),
                standings.methodology().version(), standings.today(), lens,
                standings.methodology().rules().lenses().stream().map(Lens::code).toList(),
                standings.robustness(leftScore, rightScore), standings.missingFacts(leftScore, rightScore),
                dimensions, categories, playbook);
    }

    /**
     * What a comparison shows of one company that does not depend on the other, made once per standings and
     * language: its cards category by category, its best products and where it stands on each trait. A comparison
     * drawn afresh then only sets two of them side by side.
     */
    private record Parts(Map<Category, InCategory> byCategory, List<Comparison.NamedProduct> best,
            List<Comparison.Trait> traits) {

        private static final InCategory NONE = new InCategory(List.of(), 0);

        record Key(String company, String language) {
        }

        /** The cards of a company's best products in a category, and how many it has there. */
        record InCategory(List<Comparison.ProductCard> cards, int count) {
        }

        static Parts of(CompanyScore company, Standings standings, Map<String, Product> products, Locale locale) {
            Map<Category, InCategory> byCategory = new EnumMap<>(Category.class);
            for (Category category : Category.values()) {
                List<Contribution> in = inCategory(company, category, products);
                if (!in.isEmpty()) {
                    byCategory.put(category, new InCategory(cards(in, products, locale), in.size()));
                }
            }
            return new Parts(byCategory, Comparisons.best(company, products, locale),
                    Comparisons.traits(company, standings.methodology().rules().styleTraits()));
        }

        InCategory in(Category category) {
            return byCategory.getOrDefault(category, NONE);
        }
    }

    /** The lenses of the current methodology, for a form to choose from. */
    public List<String> lensCodes() {
        return scoreboard.methodology().rules().lenses().stream().map(Lens::code).toList();
    }

    static Comparison.Leader leaderOf(OptionalDouble left, OptionalDouble right) {
        if (left.isEmpty() || right.isEmpty() || left.getAsDouble() == right.getAsDouble()) {
            return Comparison.Leader.NONE;
        }
        return left.getAsDouble() > right.getAsDouble() ? Comparison.Leader.LEFT : Comparison.Leader.RIGHT;
    }

    /** The company's products in the category, best scored first, those without a score last. */
    private static List<Contribution> inCategory(CompanyScore company, Category category,
            Map<String, Product> products) {
        List<Contribution> in = new ArrayList<>();
        for (Contribution contribution : company.products()) {
            Product product = products.get(contribution.product().slug());
            if (product != null && product.getCategory() == category) {
                in.add(contribution);
            }
        }
        in.sort(Comparator.comparingDouble(
                (Contribution contribution) -> contribution.product().overall().orElse(Double.NEGATIVE_INFINITY))
                .reversed());
        return in;
    }

    /** Cards for the first few; the best of them is the best of all, so who leads the category is unchanged. */
    private static List<Comparison.ProductCard> cards(List<Contribution> contributions, Map<String, Product> products,
            Locale locale) {
        List<Comparison.ProductCard> cards = new ArrayList<>();
        for (Contribution contribution : contributions.subList(0, Math.min(CARDS_PER_CATEGORY, contributions.size()))) {
            Product product = products.get(contribution.product().slug());
            List<IndicatorScore> fed = contribution.product().indicators().stream()
                    .filter(indicator -> indicator.known() && indicator.evidence() != null)
                    .toList();
            List<Evidence> key = fed.stream()
                    .sorted(Comparator.comparingDouble(IndicatorScore::contribution).reversed())
                    .limit(KEY_FACTS)
                    .map(IndicatorScore::evidence)
                    .toList();
            cards.add(new Comparison.ProductCard(product.getSlug(), product.name(locale), contribution.product(), key,
                    fed.size()));
        }
        return cards;
    }

    /** The company's best-scored products, enough to see how far their scores could move. */
    private static List<Comparison.NamedProduct> best(CompanyScore company, Map<String, Product> products,
            Locale locale) {
        return company.products().stream()
                .map(Contribution::product)
                .filter(product -> product.overall().isPresent())
                .sorted(Comparator.comparingDouble((ProductScore product) -> product.overall().getAsDouble()).reversed())
                .limit(BEST_PRODUCTS)
                .map(product -> new Comparison.NamedProduct(products.get(product.slug()).name(locale), product))
                .toList();
    }

    /** A side's best product score in a category decides who leads it there. */
    private static OptionalDouble best(List<Comparison.ProductCard> cards) {
        return cards.stream().map(card -> card.score().overall()).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).max();
    }

    /** Where the company stands on each trait, in the methodology's order. */
    private static List<Comparison.Trait> traits(CompanyScore company, List<StyleTrait> traits) {
        List<Comparison.Trait> positions = new ArrayList<>(traits.size());
        for (StyleTrait trait : traits) {
            List<StyleReason> observed = reasons(company, trait.signal());
            positions.add(new Comparison.Trait(trait.signal(), meanPosition(observed), observed.size()));
        }
        return positions;
    }

    private static List<StyleReason> reasons(CompanyScore company, Signal signal) {
        return company.styleReasons().stream().filter(reason -> reason.signal().equals(signal)).toList();
    }

    /** The weight-weighted mean position of a side's observations of one trait. */
    private static OptionalDouble meanPosition(List<StyleReason> reasons) {
        double weight = reasons.stream().mapToDouble(StyleReason::weight).sum();
        if (reasons.isEmpty() || weight == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(reasons.stream().mapToDouble(r -> r.position() * r.weight()).sum() / weight);
    }
}
