package ai.scorecard.chart;

import static ai.scorecard.chart.Svg.coord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The same dimensions as {@link DivergingBars} as the axes of a radar (spider) chart: the left
 * company a solid outline with round markers, the right company a dashed outline with square
 * markers, gridlines at 25, 50, 75 and 100.
 *
 * <p>Geometry (viewBox units): the chart is {@value #WIDTH} wide; the centre is at x = 200 and a
 * score of 100 lies {@value #RADIUS} from it. The first axis points straight up and the others
 * follow clockwise at equal angles, so 100 on the first axis is at (200, centreY − 100) and 50 on
 * the axis pointing right is at (250, centreY). {@code centreY} depends on how many lines the
 * labels of the upper axes need; labels are wrapped to fit beside the chart, and a label that
 * still would not fit (a long name in an "unknown" note) widens the viewBox to the left or right
 * rather than being cut off. Scores are clamped into 0…100. An unknown score breaks that
 * company's outline at its axis: the known points are still drawn as markers, the outline runs
 * only between neighbouring known points, and the axis label says which company is unknown there.
 *
 * @param axes    one per dimension, clockwise from the top
 * @param grid    the gridlines at 25, 50, 75 and 100, innermost first
 * @param left    the left company's outline and markers
 * @param right   the right company's outline and markers
 */
public record Radar(String leftName, String rightName, String viewBox, double centreX, double centreY,
        Legend legend, List<Axis> axes, List<Grid> grid, Trace left, Trace right) {

    public static final double WIDTH = 400;
    public static final double RADIUS = 100;
    private static final double CENTRE_X = WIDTH / 2;
    private static final double LABEL_FONT = 12;
    private static final double LINE = 14;
    private static final double LABEL_GAP = 12;
    private static final double LEGEND_HEIGHT = 44;
    /** Labels above and below the chart wrap at this width, so that they read as labels, not lines of prose. */
    private static final double MAX_MIDDLE_LABEL = 200;

    public Radar {
        axes = List.copyOf(axes);
        grid = List.copyOf(grid);
    }

    /**
     * @param leftName  the left company's name (shown as typed, escaped by the template)
     * @param rightName the right company's name
     * @param pairs     the axes, at least three: already-localised labels and two 0…100 scores, each
     *                  possibly unknown; values outside 0…100 are clamped
     * @param locale    the reader's locale, for the figures in the table
     * @throws IllegalArgumentException with fewer than three axes, which make no radar
     */
    public static Radar of(String leftName, String rightName, List<ScorePair> pairs, Locale locale) {
        Objects.requireNonNull(leftName, "leftName");
        Objects.requireNonNull(rightName, "rightName");
        int n = pairs.size();
        if (n < 3) {
            throw new IllegalArgumentException("A radar needs at least three axes, got " + n);
        }
        // Lay the labels out around (0, 0) first, then move everything so the topmost line clears the legend.
        List<List<double[]>> lineOffsets = new ArrayList<>(n);
        List<List<String>> lineTexts = new ArrayList<>(n);
        List<String> anchors = new ArrayList<>(n);
        double minY = -RADIUS;
        double maxY = RADIUS;
        double minX = 0;
        double maxX = WIDTH;
        for (int i = 0; i < n; i++) {
            ScorePair pair = pairs.get(i);
            double angle = angle(i, n);
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double ax = (RADIUS + LABEL_GAP) * cos;
            double ay = (RADIUS + LABEL_GAP) * sin;
            String anchor = cos > 0.25 ? "start" : cos < -0.25 ? "end" : "middle";
            double room = switch (anchor) {
                case "start" -> WIDTH / 2 - ax - 6;
                case "end" -> WIDTH / 2 + ax - 6;
                default -> Math.min(2 * (WIDTH / 2 - Math.abs(ax)) - 12, MAX_MIDDLE_LABEL);
            };
            List<String> texts = new ArrayList<>(TextMetrics.wrap(pair.label(), Math.max(room - 4, 60), LABEL_FONT));
            int labelLines = texts.size();
            boolean leftUnknown = Svg.score(pair.left()).isEmpty();
            boolean rightUnknown = Svg.score(pair.right()).isEmpty();
            int lines = labelLines + (leftUnknown ? 1 : 0) + (rightUnknown ? 1 : 0);
            double blockHeight = lines * LINE;
            double firstBaseline;
            if (sin < -0.25) {
                firstBaseline = ay - blockHeight + LINE - 3;
            } else if (sin > 0.25) {
                firstBaseline = ay + LINE - 3;
            } else {
                firstBaseline = ay - blockHeight / 2 + LINE - 3;
            }
            List<double[]> offsets = new ArrayList<>(lines);
            for (int l = 0; l < lines; l++) {
                offsets.add(new double[] {ax, firstBaseline + l * LINE});
                // The widest line decides how far the label reaches; an "unknown" note is the name and a word.
                double width = l < labelLines ? TextMetrics.width(texts.get(l), LABEL_FONT)
                        : TextMetrics.width("○ " + (l == labelLines && leftUnknown ? leftName : rightName) + ": unknown", LABEL_FONT);
                double x1 = switch (anchor) {
                    case "start" -> CENTRE_X + ax;
                    case "end" -> CENTRE_X + ax - width;
                    default -> CENTRE_X + ax - width / 2;
                };
                minX = Math.min(minX, x1 - 4);
                maxX = Math.max(maxX, x1 + width + 4);
            }
            minY = Math.min(minY, firstBaseline - LINE + 3);
            maxY = Math.max(maxY, firstBaseline + (lines - 1) * LINE + 4);
            lineOffsets.add(offsets);
            lineTexts.add(texts);
            anchors.add(anchor);
        }
        double centreY = LEGEND_HEIGHT + 6 - minY;
        double height = centreY + maxY + 8;

        List<Axis> axes = new ArrayList<>(n);
        List<OptionalDouble> lefts = new ArrayList<>(n);
        List<OptionalDouble> rights = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ScorePair pair = pairs.get(i);
            OptionalDouble left = Svg.score(pair.left());
            OptionalDouble right = Svg.score(pair.right());
            lefts.add(left);
            rights.add(right);
            double[] end = point(i, n, 100, centreY);
            List<double[]> offsets = lineOffsets.get(i);
            List<String> texts = lineTexts.get(i);
            List<Line> lines = new ArrayList<>(offsets.size());
            int l = 0;
            for (; l < texts.size(); l++) {
                lines.add(new Line(texts.get(l), null, coord(CENTRE_X + offsets.get(l)[0]), coord(centreY + offsets.get(l)[1])));
            }
            if (left.isEmpty()) {
                lines.add(new Line(null, Side.LEFT, coord(CENTRE_X + offsets.get(l)[0]), coord(centreY + offsets.get(l)[1])));
                l++;
            }
            if (right.isEmpty()) {
                lines.add(new Line(null, Side.RIGHT, coord(CENTRE_X + offsets.get(l)[0]), coord(centreY + offsets.get(l)[1])));
            }
            axes.add(new Axis(pair.label(), Svg.figureOrNull(left, locale), Svg.figureOrNull(right, locale),
                    coord(end[0]), coord(end[1]), anchors.get(i), lines));
        }
        List<Grid> grid = new ArrayList<>(4);
        for (int level = 25; level <= 100; level += 25) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                double[] p = point(i, n, level, centreY);
                points.append(i == 0 ? "" : " ").append(coord(p[0])).append(',').append(coord(p[1]));
            }
            grid.add(new Grid(Integer.toString(level), points.toString(), coord(CENTRE_X + 3),
                    coord(centreY - RADIUS * level / 100.0 - 2)));
        }
        Legend legend = new Legend(coord(8), coord(36), coord(44), coord(18), coord(36));
        // Labels that would still not fit (a long name in an "unknown" note) widen the picture rather than being cut.
        String viewBox = coord(minX) + " 0 " + coord(maxX - minX) + " " + coord(height);
        return new Radar(leftName, rightName, viewBox, CENTRE_X, centreY, legend,
                axes, grid, Trace.of(Side.LEFT, lefts, centreY, locale), Trace.of(Side.RIGHT, rights, centreY, locale));
    }

    /** The angle of axis {@code i} of {@code n}: the first straight up, then clockwise (SVG's y grows downward). */
    static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    static double[] point(int i, int n, double score, double centreY) {
        double r = RADIUS * score / 100;
        double angle = angle(i, n);
        return new double[] {CENTRE_X + r * Math.cos(angle), centreY + r * Math.sin(angle)};
    }

    /** x of the centre, as an SVG coordinate. */
    public String cx() {
        return coord(centreX);
    }

    /** y of the centre, as an SVG coordinate. */
    public String cy() {
        return coord(centreY);
    }

    /**
     * An axis: a spoke from the centre to ({@code x2}, {@code y2}), the point 100, and its label.
     *
     * @param leftValue  the left company's figure, null when unknown
     * @param rightValue the right company's figure, null when unknown
     * @param anchor     text-anchor of the label lines
     * @param lines      the label's lines, then one "name: unknown" line per unknown company
     */
    public record Axis(String label, String leftValue, String rightValue, String x2, String y2, String anchor,
            List<Line> lines) {

        public Axis {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A line of an axis label: either a piece of the label ({@code text}) or, when {@code unknown} is
     * set, the note that this company's score is unknown on this axis.
     */
    public record Line(String text, Side unknown, String x, String y) {

        public boolean unknownLeft() {
            return unknown == Side.LEFT;
        }

        public boolean unknownRight() {
            return unknown == Side.RIGHT;
        }
    }

    /** A gridline: the polygon of the score {@code label}, with its label on the top axis. */
    public record Grid(String label, String points, String labelX, String labelY) {
    }

    /**
     * One company's outline.
     *
     * @param closed    true when every score is known: {@code outlines} is one closed polygon
     * @param outlines  the "x,y x,y …" point lists to draw: one polygon when closed, otherwise one
     *                  open polyline per run of neighbouring known axes (runs of one point are markers only)
     * @param markers   one per known score
     */
    public record Trace(Side side, boolean closed, List<String> outlines, List<Marker> markers) {

        public Trace {
            outlines = List.copyOf(outlines);
            markers = List.copyOf(markers);
        }

        static Trace of(Side side, List<OptionalDouble> scores, double centreY, Locale locale) {
            int n = scores.size();
            List<Marker> markers = new ArrayList<>();
            List<double[]> points = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                if (scores.get(i).isPresent()) {
                    double[] p = point(i, n, scores.get(i).getAsDouble(), centreY);
                    points.add(p);
                    markers.add(new Marker(i, coord(p[0]), coord(p[1]), Svg.figure(scores.get(i).getAsDouble(), locale),
                            (side == Side.LEFT ? Shape.CIRCLE : Shape.SQUARE).path(p[0], p[1], 4)));
                } else {
                    points.add(null);
                }
            }
            if (markers.size() == n) {
                return new Trace(side, true, List.of(join(points)), markers);
            }
            // Runs of neighbouring known axes, going round: start right after an unknown axis.
            int start = points.indexOf(null);
            List<String> outlines = new ArrayList<>();
            List<double[]> run = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                double[] p = points.get((start + k) % n);
                if (p == null) {
                    if (run.size() > 1) {
                        outlines.add(join(run));
                    }
                    run.clear();
                } else {
                    run.add(p);
                }
            }
            return new Trace(side, false, outlines, markers);
        }

        private static String join(List<double[]> points) {
            StringBuilder text = new StringBuilder();
            for (double[] p : points) {
                text.append(text.isEmpty() ? "" : " ").append(coord(p[0])).append(',').append(coord(p[1]));
            }
            return text.toString();
        }
    }

    /**
     * A known score's marker at ({@code x}, {@code y}) on axis {@code axis}, with the figure shown
     * in the table; {@code shape} is an SVG path: a circle for the left company, a square for the right.
     */
    public record Marker(int axis, String x, String y, String value, String shape) {
    }

    /** Where the legend's two entries go: a line sample from {@code lineX1} to {@code lineX2}, then the name. */
    public record Legend(String lineX1, String lineX2, String textX, String leftY, String rightY) {

        public String leftMarker() {
            return Shape.CIRCLE.path(22, 14, 4);
        }

        public String rightMarker() {
            return Shape.SQUARE.path(22, 32, 4);
        }

        public String leftLineY() {
            return coord(14);
        }

        public String rightLineY() {
            return coord(32);
        }
    }
}
