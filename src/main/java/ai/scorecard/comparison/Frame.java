package ai.scorecard.comparison;

import ai.scorecard.catalog.Category;
import ai.scorecard.scoring.Dimension;
import ai.scorecard.scoring.Signal;
import ai.scorecard.web.WideCharacters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comparison page's content with everything of the pair left out: headings, the form, the links' places, the rows of
 * every dimension, category and trait. Drawn once per lens, day, version, language and methodology
 * ({@link DrawnFrames}), with a mark wherever the two companies go; a comparison drawn afresh fills the marks from a
 * {@link Pair} instead of drawing two hundred template attributes again.
 *
 * <p>A mark is a name between two characters of Unicode's private use area, which no message or label of the frame
 * holds and which escaping leaves as they are. Nothing a reader or an editor typed is drawn into a frame: names, slugs
 * and a problem's value all go into marks, and what fills a mark is never read for marks again.
 *
 * @param texts the frame's HTML between its marks, one more than there are slots
 * @param slots the marks in order, each a place that a {@link Pair} fills
 * @param noLeader what a dimension's row says where no one leads it, in the frame's language, escaped
 * @param narrow whether the frame's few wide characters (an English frame's "−" and "…") are written as numeric
 *     references ({@link WideCharacters}), and so should the short pieces that fill it: an English comparison is then
 *     joined, kept and written one byte a character
 */
record Frame(List<String> texts, List<Slot> slots, String noLeader, boolean narrow) {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern MARK = Pattern.compile(OPEN + "([^" + OPEN + CLOSE + "]+)" + CLOSE);

    /**
     * A place the pair fills: a piece of one company's side ({@code left.card}, {@code right.column:ASSISTANT_APP}),
     * or of the pair ({@code permalink}, {@code leader:category:ASSISTANT_APP}); {@code row:…} starts a row that only
     * some pairs have, {@code end} ends it.
     *
     * @param side {@code "left"}, {@code "right"} or null for the pair's own
     * @param kind what goes there: {@code name}, {@code column}, {@code chart}…
     * @param name the mark's name without the side: the name of a side's piece, or the kind and its argument
     * @param argument what follows the kind, such as the category or the chart; empty when nothing does
     */
    record Slot(String side, String kind, String name, String argument) {

        static Slot parse(String mark) {
            String side = null;
            String name = mark;
            if (mark.startsWith("left.") || mark.startsWith("right.")) {
                side = mark.substring(0, mark.indexOf('.'));
                name = mark.substring(side.length() + 1);
            }
            int colon = name.indexOf(':');
            return new Slot(side, colon < 0 ? name : name.substring(0, colon), name,
                    colon < 0 ? "" : name.substring(colon + 1));
        }

        boolean left() {
            return "left".equals(side);
        }
    }

    /** What the pair fills a frame's marks with. */
    interface Filling {

        /** The HTML a mark stands for, escaped where it is text. */
        String piece(Slot slot);

        /** Whether this pair has the row a {@code row:…} mark starts (a category either company has products in…). */
        boolean shows(String row);
    }

    /** Splits a drawn frame at its marks. */
    static Frame of(String drawing, String noLeader) {
        List<String> texts = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        Matcher mark = MARK.matcher(drawing);
        int start = 0;
        while (mark.find()) {
            texts.add(drawing.substring(start, mark.start()));
            slots.add(Slot.parse(mark.group(1)));
            start = mark.end();
        }
        texts.add(drawing.substring(start));
        boolean narrow = WideCharacters.fewIn(texts);
        return new Frame(narrow ? texts.stream().map(WideCharacters::asReferencesAlways).toList() : List.copyOf(texts),
                List.copyOf(slots), narrow ? WideCharacters.asReferencesAlways(noLeader) : noLeader, narrow);
    }

    /** The frame with the pair in it. */
    String join(Filling pair, int expectedLength) {
        StringBuilder html = new StringBuilder(expectedLength);
        html.append(texts.get(0));
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (slot.kind().equals("row") && !pair.shows(slot.argument())) {
                while (!slots.get(i).kind().equals("end")) {
                    i++;
                }
            } else if (!slot.kind().equals("row") && !slot.kind().equals("end")) {
                html.append(pair.piece(slot));
            }
            html.append(texts.get(i + 1));
        }
        return html.toString();
    }

    /** Characters of the frame itself, without what fills it. */
    int length() {
        return texts.stream().mapToInt(String::length).sum();
    }

    /**
     * What a frame is drawn from: all of it the same for every pair compared under one lens, version and day. For a
     * request the page cannot answer, only the form and the problem.
     *
     * @param compared whether there is a comparison (false: a problem with the request)
     * @param request the request without its pair: the lens as asked, the version, the day and the disputed facts
     * @param lens the lens compared under; null when there is no comparison
     * @param dimensions every dimension a comparison has a row for
     * @param categories every category, of which a pair shows those either company has products in
     * @param traits every playbook trait, of which a pair shows those either company was observed on
     */
    public record Outline(boolean compared, ComparisonRequest request, String lens, List<String> lenses,
            Integer methodologyVersion, LocalDate day, List<Dimension> dimensions, List<Category> categories,
            List<Signal> traits) {

        static Outline of(Comparison comparison, ComparisonRequest asked) {
            return new Outline(true, asked.withoutPair(), comparison.lens().code(), comparison.lenses(),
                    comparison.methodologyVersion(), comparison.day(),
                    comparison.dimensions().stream().map(Comparison.DimensionRow::dimension).toList(),
                    List.of(Category.values()),
                    comparison.left().traits().stream().map(Comparison.Trait::signal).toList());
        }

        static Outline problem(ComparisonRequest asked, List<String> lenses) {
            return new Outline(false, asked.withoutPair(), null, lenses, null, null, List.of(), List.of(), List.of());
        }
    }

    /** The marks a frame's template writes where the pair goes (see {@code compare/content.html}). */
    public static final class Marks {

        static final Marks INSTANCE = new Marks();

        private final SideMarks left = new SideMarks("left.");
        private final SideMarks right = new SideMarks("right.");

        private Marks() {
        }

        public SideMarks getLeft() {
            return left;
        }

        public SideMarks getRight() {
            return right;
        }

        public String permalink() {
            return mark("permalink");
        }

        public String swapped() {
            return mark("swapped");
        }

        public String withLens(String code) {
            return mark("withLens:" + code);
        }

        /** Who leads, how firmly, and what missing facts could change it. */
        public String reading() {
            return mark("reading");
        }

        /** One of the drawn charts: {@code bars}, {@code radar}, {@code style}, {@code gaps} or {@code ranges}. */
        public String chart(String name) {
            return mark("chart:" + name);
        }

        public String leader(Dimension dimension) {
            return mark("leader:dimension:" + dimension);
        }

        public String leader(Category category) {
            return mark("leader:category:" + category);
        }

        /** Starts a category's row, which a pair shows only if either company has products there. */
        public String categoryRow(Category category) {
            return mark("row:category:" + category);
        }

        /** Starts a trait's row, which a pair shows only if either company was observed on it. */
        public String traitRow(Signal signal) {
            return mark("row:trait:" + signal.code());
        }

        public String end() {
            return mark("end");
        }

        /** What the reader asked for that the page cannot answer, such as an unknown company's slug. */
        public String problemValue() {
            return mark("problemValue");
        }
    }

    /** The marks of one side's pieces (see {@link Sides}) and of the company itself. */
    public static final class SideMarks {

        private final String side;

        private SideMarks(String side) {
            this.side = side;
        }

        public String getName() {
            return mark(side + "name");
        }

        public String getSlug() {
            return mark(side + "slug");
        }

        /** The form's options, this side's company chosen. */
        public String getOptions() {
            return mark(side + "options");
        }

        public String getCard() {
            return mark(side + "card");
        }

        public String column(Category category) {
            return mark(side + Sides.Marks.columnPiece(category));
        }

        public String dimension(Dimension dimension) {
            return mark(side + Sides.Marks.dimensionPiece(dimension));
        }

        public String trait(Signal signal) {
            return mark(side + Sides.Marks.traitPiece(signal));
        }

        public String traitName(Signal signal) {
            return mark(side + Sides.Marks.traitNamePiece(signal));
        }

        public String getStyle() {
            return mark(side + "style");
        }

        public String getGap() {
            return mark(side + "gap");
        }
    }

    private static String mark(String name) {
        return OPEN + name + CLOSE;
    }
}
