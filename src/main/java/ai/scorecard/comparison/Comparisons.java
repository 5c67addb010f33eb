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

        List<Comparison.CategoryRow> categories = new ArrayList<>();
        for (Category category : Category.values()) {
            List<Contribution> a = inCategory(leftScore, category, products);
            List<Contribution> b = inCategory(rightScore, category, products);
            if (!a.isEmpty() || !b.isEmpty()) {
                List<Comparison.ProductCard> leftCards = cards(a, products, locale);
                List<Comparison.ProductCard> rightCards = cards(b, products, locale);
                categories.add(new Comparison.CategoryRow(category, leftCards, rightCards, a.size(), b.size(),
                        leaderOf(best(leftCards), best(rightCards))));
            }
        }

        List<Comparison.TraitRow> playbook = new ArrayList<>();
        for (StyleTrait trait : standings.methodology().rules().styleTraits()) {
            List<StyleReason> a = reasons(leftScore, trait.signal());
            List<StyleReason> b = reasons(rightScore, trait.signal());
            if (!a.isEmpty() || !b.isEmpty()) {
                playbook.add(new Comparison.TraitRow(trait.signal(), meanPosition(a), meanPosition(b), a.size(),
                        b.size()));
            }
        }

        return new Comparison(
                new Comparison.Side(left.getSlug(), left.name(locale), leftScore, best(leftScore, products, locale)),
                new Comparison.Side(right.getSlug(), right.name(locale), rightScore, best(rightScore, products, locale)),
                standings.methodology().version(), standings.today(), lens,
                standings.methodology().rules().lenses().stream().map(Lens::code).toList(),
                standings.robustness(leftScore, rightScore), standings.missingFacts(leftScore, rightScore),
                dimensions, categories, playbook);
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
