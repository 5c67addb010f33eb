package ai.scorecard.comparison;

import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.Product;
import ai.scorecard.scoreboard.Scoreboard;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoring.CompanyScore;
import ai.scorecard.scoring.Contribution;
import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.Evidence;
import ai.scorecard.scoring.IndicatorScore;
import ai.scorecard.scoring.Lens;
import ai.scorecard.scoring.Signal;
import ai.scorecard.scoring.StyleReason;
import ai.scorecard.scoring.StyleTrait;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/** Puts two companies side by side: headline, dimensions, products category by category, playbook. */
@Service
@RequiredArgsConstructor
public class Comparisons {

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
        return compare(left, right, lensCode, version, null, locale);
    }

    /** The same as the scorecard stood at the end of a day (today when null); see {@link Scoreboard#all(String, Integer, LocalDate)}. */
    public Comparison compare(Company left, Company right, String lensCode, Integer version, LocalDate asOf,
            Locale locale) {
        Standings standings = scoreboard.all(lensCode, version, asOf);
        Lens lens = standings.lens();
        CompanyScore leftScore = standings.company(left.getSlug()).orElseThrow();
        CompanyScore rightScore = standings.company(right.getSlug()).orElseThrow();
        Map<String, Product> products = new LinkedHashMap<>();
        standings.products().forEach(product -> products.put(product.getSlug(), product));

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
            List<Comparison.ProductCard> a = cards(leftScore, category, products, locale);
            List<Comparison.ProductCard> b = cards(rightScore, category, products, locale);
            if (!a.isEmpty() || !b.isEmpty()) {
                categories.add(new Comparison.CategoryRow(category, a, b, leaderOf(best(a), best(b))));
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

        return new Comparison(new Comparison.Side(left.getSlug(), left.name(locale), leftScore),
                new Comparison.Side(right.getSlug(), right.name(locale), rightScore),
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

    private static List<Comparison.ProductCard> cards(CompanyScore company, Category category,
            Map<String, Product> products, Locale locale) {
        List<Comparison.ProductCard> cards = new ArrayList<>();
        for (Contribution contribution : company.products()) {
            Product product = products.get(contribution.product().slug());
            if (product != null && product.getCategory() == category) {
                List<Evidence> facts = contribution.product().indicators().stream()
                        .filter(IndicatorScore::known)
                        .map(IndicatorScore::evidence)
                        .filter(Objects::nonNull)
                        .toList();
                cards.add(new Comparison.ProductCard(product.getSlug(), product.name(locale), contribution.product(),
                        facts));
            }
        }
        return cards;
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
