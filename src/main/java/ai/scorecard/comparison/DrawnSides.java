package ai.scorecard.comparison;

import ai.scorecard.catalog.Category;
import ai.scorecard.web.Fragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

/**
 * Each company's side of the head-to-head (its product cards, category by category) drawn once per state of what
 * they show and kept. A side does not depend on the company it is compared with, so a hundred companies make a
 * hundred sides per lens, where they make almost ten thousand pairs: a comparison drawn afresh joins two kept
 * sides instead of drawing fifty cards again.
 *
 * <p>Kept by the same things as a drawn comparison ({@link DrawnComparisons.Key}: lens, version, day, disputed facts,
 * language, methodology, data version and today), with the company in place of the pair.
 */
@Component
class DrawnSides {

    /** The cache the sides are kept in; see {@link ComparisonCacheConfig} for how it is bounded. */
    static final String CACHE = "comparison-sides";

    /**
     * At most this many characters of HTML. A side is 30,000 to 50,000 characters on the large dataset, so this
     * keeps the four hundred sides of a hundred companies under four lenses. With a third of them kept, a
     * comparison drawn afresh cost half as much again as with all of them.
     */
    static final long KEPT_CHARACTERS = 20_000_000;

    /** The indentation the template gives each line: a fifth of a side's characters, and nothing a reader sees. */
    private static final Pattern INDENTATION = Pattern.compile("\n[ \t]+");

    record Key(String company, DrawnComparisons.Key comparison) {

        /** The comparison's key with only what a side depends on: the pair is left out. */
        static Key of(String company, DrawnComparisons.Key comparison) {
            ComparisonRequest asked = comparison.request();
            return new Key(company, new DrawnComparisons.Key(
                    new ComparisonRequest(null, null, asked.lens(), asked.version(), asked.asOf(), asked.disputed()),
                    comparison.locale(), comparison.currentMethodology(), comparison.dataVersion(),
                    comparison.today()));
        }
    }

    /** One company's product cards as HTML, by category; a category where it has no product is absent. */
    record DrawnSide(Map<Category, String> columns) {

        int length() {
            return columns.values().stream().mapToInt(String::length).sum();
        }
    }

    private final Fragments fragments;
    private final KeptDrawings<Key, DrawnSide> kept;

    DrawnSides(Fragments fragments, CacheManager caches) {
        this.fragments = fragments;
        this.kept = new KeptDrawings<>(caches, CACHE, DrawnSide.class);
    }

    /**
     * The two sides of a comparison, kept or drawn now.
     *
     * @param content what the comparison is drawn with; its {@code request} and {@code disputes} draw the cards
     */
    SideColumns of(DrawnComparisons.Key key, Comparison comparison, Map<String, ?> content, Locale locale,
            HttpServletRequest request, HttpServletResponse response) throws Exception {
        return new SideColumns(
                side(key, comparison.left(), comparison.categories(), true, content, locale, request, response),
                side(key, comparison.right(), comparison.categories(), false, content, locale, request, response));
    }

    private Map<Category, String> side(DrawnComparisons.Key comparisonKey, Comparison.Side side,
            List<Comparison.CategoryRow> rows, boolean left, Map<String, ?> content, Locale locale,
            HttpServletRequest request, HttpServletResponse response) throws Exception {
        Key key = Key.of(side.slug(), comparisonKey);
        Optional<DrawnSide> drawn = kept.get(key);
        if (drawn.isPresent()) {
            return drawn.get().columns();
        }
        // Every category the company has a product in has a row, whichever company it is compared with.
        Map<Category, String> columns = new EnumMap<>(Category.class);
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAllAttributes(content);
        model.addAttribute("slug", side.slug());
        model.addAttribute("name", side.name());
        for (Comparison.CategoryRow row : rows) {
            List<Comparison.ProductCard> cards = left ? row.left() : row.right();
            if (!cards.isEmpty()) {
                model.addAttribute("cards", cards);
                model.addAttribute("count", row.count(left));
                model.addAttribute("category", row.category());
                String column = fragments.render("compare/side :: column", model, locale, request, response, 8192);
                columns.put(row.category(), INDENTATION.matcher(column).replaceAll("\n"));
            }
        }
        kept.keep(key, new DrawnSide(columns));
        return columns;
    }
}
