package ai.scorecard.comparison;

import ai.scorecard.catalog.Category;
import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.Signal;
import java.util.regex.Pattern;

/**
 * The two sides of a head-to-head as drawn HTML (see {@link DrawnSides}): each company's pieces of the comparison
 * that do not depend on the other company. A {@link Pair} puts each next to the other in the comparison's frame.
 */
public record Sides(DrawnSides.DrawnSide left, DrawnSides.DrawnSide right) {

    /**
     * The marks a side's drawing puts before each piece, naming it, for {@link DrawnSides} to split the drawing at;
     * HTML comments, which nothing a reader typed can make (their text is escaped).
     */
    public static final class Marks {

        static final Marks INSTANCE = new Marks();

        /** A mark, and the name of the piece it stands before. */
        static final Pattern MARK = Pattern.compile("<!--piece:([^>]+?)-->");

        private Marks() {
        }

        public String card() {
            return mark("card");
        }

        public String noProduct() {
            return mark("noProduct");
        }

        public String column(Category category) {
            return mark(columnPiece(category));
        }

        public String dimension(Dimension dimension) {
            return mark(dimensionPiece(dimension));
        }

        public String trait(Signal signal) {
            return mark(traitPiece(signal));
        }

        public String traitName(Signal signal) {
            return mark(traitNamePiece(signal));
        }

        public String style() {
            return mark("style");
        }

        public String gap() {
            return mark("gap");
        }

        static String columnPiece(Category category) {
            return "column:" + category;
        }

        static String dimensionPiece(Dimension dimension) {
            return "dimension:" + dimension;
        }

        static String traitPiece(Signal signal) {
            return "trait:" + signal.code();
        }

        static String traitNamePiece(Signal signal) {
            return "traitName:" + signal.code();
        }

        private static String mark(String name) {
            return "<!--piece:" + name + "-->";
        }
    }
}
