package ai.scorecard.chart;

import static ai.scorecard.chart.Svg.coord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Two companies' scores per dimension as bars growing from a centre axis: the left company's to
 * the left (solid), the right company's to the right (hatched), each row's leader marked with
 * "▲" and a word, the two companies named at the top.
 *
 * <p>Geometry (viewBox units): the chart is {@value #WIDTH} wide, the axis stands at x = 200 and a
 * score of 100 reaches {@value #HALF_WIDTH} from it, so 50 reaches 75 (x = 125 on the left, 275 on
 * the right). Scores are clamped into 0…100; an unknown score draws no bar but an "unknown" note
 * beside the axis, and its row has no leader.
 *
 * @param leftName   the left company's name, as typed by an editor (the template escapes it)
 * @param rightName  the right company's name
 * @param viewBox    the SVG viewBox
 * @param header     where the two names and their swatches go
 * @param axisX      x of the centre axis
 * @param axisTop    top of the axis and the grid
 * @param axisBottom bottom of the axis and the grid
 * @param ticks      score ticks under the rows: 100, 50, 0, 50, 100
 * @param tickY      baseline of the tick labels
 * @param axisTitleY baseline of the axis title
 * @param rows       one per dimension, in input order
 * @param leftLeads  how many rows the left company leads
 * @param rightLeads how many rows the right company leads
 */
public record DivergingBars(String leftName, String rightName, String viewBox, Header header, String axisX,
        String axisTop, String axisBottom, List<Tick> ticks, String tickY, String axisTitleY, List<Row> rows,
        int leftLeads, int rightLeads) {

    public static final double WIDTH = 400;
    public static final double HALF_WIDTH = 150;
    private static final double CENTRE = WIDTH / 2;
    private static final double MARGIN = 8;
    private static final double NAME_FONT = 13;
    private static final double ROW_HEIGHT = 44;

    public DivergingBars {
        rows = List.copyOf(rows);
        ticks = List.copyOf(ticks);
    }

    /**
     * @param leftName  the left company's name (shown as typed, escaped by the template)
     * @param rightName the right company's name
     * @param pairs     one row per dimension: an already-localised label and two 0…100 scores, each
     *                  possibly unknown; values outside 0…100 are clamped
     * @param locale    the reader's locale, for the figures shown
     */
    public static DivergingBars of(String leftName, String rightName, List<ScorePair> pairs, Locale locale) {
        Objects.requireNonNull(leftName, "leftName");
        Objects.requireNonNull(rightName, "rightName");
        Header header = Header.of(leftName, rightName);
        double top = header.height();
        List<Row> rows = new ArrayList<>(pairs.size());
        int leftLeads = 0;
        int rightLeads = 0;
        for (int i = 0; i < pairs.size(); i++) {
            ScorePair pair = pairs.get(i);
            OptionalDouble left = Svg.score(pair.left());
            OptionalDouble right = Svg.score(pair.right());
            double y = top + i * ROW_HEIGHT;
            Leader leader = Leader.of(left, right);
            leftLeads += leader == Leader.LEFT ? 1 : 0;
            rightLeads += leader == Leader.RIGHT ? 1 : 0;
            rows.add(new Row(pair.label(), Bar.of(Side.LEFT, left, locale), Bar.of(Side.RIGHT, right, locale),
                    leader, coord(CENTRE), coord(y + 14),
                    coord(leader == Leader.LEFT ? MARGIN : WIDTH - MARGIN),
                    leader == Leader.LEFT ? "start" : "end",
                    coord(y + 20), coord(14), coord(y + 31)));
        }
        double bottom = top + pairs.size() * ROW_HEIGHT;
        List<Tick> ticks = List.of(
                new Tick(coord(CENTRE - HALF_WIDTH), "100"), new Tick(coord(CENTRE - HALF_WIDTH / 2), "50"),
                new Tick(coord(CENTRE), "0"),
                new Tick(coord(CENTRE + HALF_WIDTH / 2), "50"), new Tick(coord(CENTRE + HALF_WIDTH), "100"));
        double height = bottom + 40;
        return new DivergingBars(leftName, rightName, "0 0 " + coord(WIDTH) + " " + coord(height), header,
                coord(CENTRE), coord(top + 16), coord(bottom), ticks, coord(bottom + 14), coord(bottom + 30),
                rows, leftLeads, rightLeads);
    }

    /** The x of a score on one side of the axis: what the bars and the tests use. */
    static double x(Side side, double score) {
        double length = score / 100 * HALF_WIDTH;
        return side == Side.LEFT ? CENTRE - length : CENTRE + length;
    }

    /**
     * A dimension's row.
     *
     * @param label        the dimension, already localised
     * @param labelX       x of the label (centred)
     * @param labelY       baseline of the label and of the leader mark
     * @param leaderX      x of the "▲ leads" mark, on the leader's side (or of the tie mark, on the right)
     * @param leaderAnchor text-anchor of the leader mark
     * @param barY         top of both bars
     * @param barHeight    height of both bars
     * @param valueY       baseline of the figures beside the bars
     */
    public record Row(String label, Bar left, Bar right, Leader leader, String labelX, String labelY, String leaderX,
            String leaderAnchor, String barY, String barHeight, String valueY) {

        public boolean leftLeads() {
            return leader == Leader.LEFT;
        }

        public boolean rightLeads() {
            return leader == Leader.RIGHT;
        }

        public boolean tie() {
            return leader == Leader.TIE;
        }
    }

    /**
     * One company's bar in a row.
     *
     * @param known  false when the score is unknown: no bar, an "unknown" note at {@code textX}
     * @param value  the figure shown (one decimal), null when unknown
     * @param x      left edge of the bar
     * @param width  length of the bar
     * @param textX  x of the figure or of the "unknown" note, just outside the bar's end
     * @param anchor text-anchor of that text: away from the axis
     */
    public record Bar(boolean known, String value, String x, String width, String textX, String anchor) {

        static Bar of(Side side, OptionalDouble score, Locale locale) {
            boolean left = side == Side.LEFT;
            String anchor = left ? "end" : "start";
            if (score.isEmpty()) {
                return new Bar(false, null, coord(CENTRE), coord(0), coord(left ? CENTRE - 4 : CENTRE + 4), anchor);
            }
            double end = DivergingBars.x(side, score.getAsDouble());
            double length = Math.abs(end - CENTRE);
            return new Bar(true, Svg.figure(score.getAsDouble(), locale), coord(Math.min(end, CENTRE)), coord(length),
                    coord(left ? end - 4 : end + 4), anchor);
        }
    }

    /** A score tick under the rows. */
    public record Tick(String x, String label) {
    }

    /**
     * Where the company names go: the left one at the left edge behind a solid swatch, the right one
     * at the right edge before a hatched swatch; on a second line when both would not fit on one.
     */
    public record Header(String leftSwatchX, String leftTextX, String leftY, String rightSwatchX, String rightTextX,
            String rightY, String swatchSize, double height) {

        static Header of(String leftName, String rightName) {
            double swatch = 10;
            double room = WIDTH - 2 * MARGIN - 2 * (swatch + 4) - 16;
            boolean oneLine = TextMetrics.width(leftName, NAME_FONT) + TextMetrics.width(rightName, NAME_FONT) <= room;
            double leftY = 18;
            double rightY = oneLine ? 18 : 36;
            return new Header(coord(MARGIN), coord(MARGIN + swatch + 4), coord(leftY),
                    coord(WIDTH - MARGIN - swatch), coord(WIDTH - MARGIN - swatch - 4), coord(rightY), coord(swatch),
                    rightY + 10);
        }

        public String leftSwatchY() {
            return coord(Double.parseDouble(leftY) - 9);
        }

        public String rightSwatchY() {
            return coord(Double.parseDouble(rightY) - 9);
        }
    }
}
