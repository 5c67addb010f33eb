package ai.scorecard.comparison;

import ai.scorecard.fact.OpenDisputes;
import ai.scorecard.fact.RightOfReply;
import ai.scorecard.web.Fragments;
import ai.scorecard.web.WideCharacters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

/**
 * Each company's side of the head-to-head (its headline card, and its product cards category by category) drawn
 * once per state of what they show and kept. A side does not depend on the company it is compared with, so a hundred companies make a
 * hundred sides per lens, where they make almost ten thousand pairs: a comparison drawn afresh joins two kept
 * sides instead of drawing fifty cards again.
 *
 * <p>Kept by the same things as a drawn comparison ({@link DrawnComparisons.Key}: lens, version, day, disputed facts,
 * language, methodology and today), with the company in place of the pair and which scoring of it the standings hold
 * in place of the data version: after a write, only the sides of the companies scored again are drawn again.
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

    /**
     * The comparison's key with only what a side depends on: the company and which scoring of it the side shows, in
     * place of the pair and the data version. A write about one company leaves every other company's side kept.
     */
    record Key(String company, long scoring, DrawnComparisons.Key comparison) {

        static Key of(Comparison.Side side, DrawnComparisons.Key comparison) {
            return new Key(side.slug(), side.scoring(), comparison.withoutPair());
        }
    }

    /**
     * One company's side as HTML, in pieces by name (see {@code compare/side.html}): its headline card, its product
     * cards in each category it has products in, what stands where it has none, its figure in each dimension and
     * trait, its style index and its row of the gap table.
     */
    record DrawnSide(Map<String, String> pieces) {

        String piece(String name) {
            String piece = pieces.get(name);
            if (piece == null) {
                throw new IllegalStateException("No piece " + name + " was drawn");
            }
            return piece;
        }

        /** The company's column of a category, or what stands there where it has no product. */
        String column(String piece) {
            String column = pieces.get(piece);
            return column != null ? column : piece("noProduct");
        }

        int length() {
            return pieces.values().stream().mapToInt(String::length).sum();
        }

        /** The pieces of a drawing, each after the mark that names it. */
        static DrawnSide split(String drawing) {
            Map<String, String> pieces = new HashMap<>();
            Matcher mark = Sides.Marks.MARK.matcher(drawing);
            String name = null;
            int start = 0;
            while (mark.find()) {
                if (name != null) {
                    pieces.put(name, compact(drawing.substring(start, mark.start())));
                }
                name = mark.group(1);
                start = mark.end();
            }
            if (name != null) {
                pieces.put(name, compact(drawing.substring(start)));
            }
            return new DrawnSide(Map.copyOf(pieces));
        }

        /** A piece without its indentation, and at one byte a character where it can be: pieces are kept long. */
        private static String compact(String html) {
            return WideCharacters.asReferences(INDENTATION.matcher(html).replaceAll("\n").strip());
        }
    }

    private final Fragments fragments;
    private final RightOfReply disputes;
    private final KeptDrawings<Key, DrawnSide> kept;

    DrawnSides(Fragments fragments, RightOfReply disputes, CacheManager caches) {
        this.fragments = fragments;
        this.disputes = disputes;
        this.kept = new KeptDrawings<>(caches, CACHE, DrawnSide.class);
    }

    /**
     * The two sides of a comparison, kept or drawn now.
     *
     * @param content what the comparison is drawn with; its {@code request} writes the links
     */
    Sides of(DrawnComparisons.Key key, Comparison comparison, Map<String, ?> content, Locale locale,
            HttpServletRequest request, HttpServletResponse response) throws Exception {
        // Read once for both sides, if either is drawn, and after the scores: never older than the scoring a side is
        // kept by.
        OpenDisputes[] open = new OpenDisputes[1];
        Supplier<OpenDisputes> disputesOnce = () -> open[0] != null ? open[0] : (open[0] = disputes.open());
        return new Sides(side(key, comparison, true, disputesOnce, content, locale, request, response),
                side(key, comparison, false, disputesOnce, content, locale, request, response));
    }

    private DrawnSide side(DrawnComparisons.Key comparisonKey, Comparison comparison, boolean left,
            Supplier<OpenDisputes> disputes, Map<String, ?> content, Locale locale, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        Comparison.Side side = left ? comparison.left() : comparison.right();
        Key key = Key.of(side, comparisonKey);
        Optional<DrawnSide> drawn = kept.get(key);
        if (drawn.isPresent()) {
            return drawn.get();
        }
        // Every category the company has a product in has a row, whichever company it is compared with; so has every
        // dimension and trait.
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAllAttributes(content);
        model.addAttribute("side", side);
        model.addAttribute("left", left);
        model.addAttribute("slug", side.slug());
        model.addAttribute("name", side.name());
        model.addAttribute("rows", comparison.categories());
        model.addAttribute("dimensions", comparison.dimensions());
        model.addAttribute("marks", Sides.Marks.INSTANCE);
        model.addAttribute("disputes", disputes.get());
        DrawnSide drawnSide = DrawnSide.split(
                fragments.render("compare/side :: pieces", model, locale, request, response, 64 * 1024));
        kept.keep(key, drawnSide);
        return drawnSide;
    }
}
