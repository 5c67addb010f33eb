package ai.scorecard.chart;

import static ai.scorecard.chart.Svg.coord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Every company as a point: across, its style index from −100 (Alibaba-style, left) to +100
 * (ByteDance-style, right); up, its commercialization score from 0 to 100; the point's size from
 * its model capability. Each point links to the company's page.
 *
 * <p>Geometry (viewBox units): the chart is {@value #WIDTH} wide; the plot runs from x = 56
 * (style −100) through 216 (0) to 376 (+100), 1.6 a point, and from y = 316 (score 0) through
 * 166 (50) up to 16 (100), 3 a point. The quadrants meet at style 0 and score 50. A point's radius
 * is 4 + 8 × capability / 100 (4…12); with capability unknown it is a hollow point of radius 4.
 * Positions are clamped into the plot. A company whose style index or commercialization score is
 * unknown is not plotted, but it is listed in the table (and named under the chart) as unknown.
 * Labels go right of their point, else left, above or below, whichever first overlaps no other
 * label, point or quadrant name; failing all, they are nudged down.
 *
 * @param points     the plotted companies, biggest point first (the order they are drawn in)
 * @param rows       every company, plotted or not, in input order: the table
 * @param notPlotted the names of the companies that are not plotted, in input order
 */
public record Quadrant(String viewBox, Plot plot, List<Tick> xTicks, List<Tick> yTicks, List<QuadrantLabel> quadrants,
        List<Point> points, List<Row> rows, List<String> notPlotted) {

    public static final double WIDTH = 400;
    static final double LEFT = 56;
    static final double RIGHT = 376;
    static final double TOP = 16;
    static final double BOTTOM = 316;
    private static final double FONT = 11;
    private static final double QUADRANT_FONT = 10;

    public Quadrant {
        xTicks = List.copyOf(xTicks);
        yTicks = List.copyOf(yTicks);
        quadrants = List.copyOf(quadrants);
        points = List.copyOf(points);
        rows = List.copyOf(rows);
        notPlotted = List.copyOf(notPlotted);
    }

    /**
     * A company: its name as typed by an editor, the link to its page (context-relative, e.g.
     * "/companies/bytedance"; the template passes it through {@code @{…}}), and three figures,
     * each possibly unknown.
     */
    public record Entry(String name, String href, OptionalDouble style, OptionalDouble commercialization,
            OptionalDouble capability) {

        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(href, "href");
            style = style == null ? OptionalDouble.empty() : style;
            commercialization = commercialization == null ? OptionalDouble.empty() : commercialization;
            capability = capability == null ? OptionalDouble.empty() : capability;
        }

        public static Entry of(String name, String href, OptionalDouble style, OptionalDouble commercialization,
                OptionalDouble capability) {
            return new Entry(name, href, style, commercialization, capability);
        }
    }

    /**
     * @param entries every company, in the order of the table
     * @param locale  the reader's locale, for the figures in the table
     */
    public static Quadrant of(List<Entry> entries, Locale locale) {
        List<Row> rows = new ArrayList<>(entries.size());
        List<String> notPlotted = new ArrayList<>();
        List<int[]> plotted = new ArrayList<>();
        List<double[]> circles = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            OptionalDouble style = Svg.style(entry.style());
            OptionalDouble commercialization = Svg.score(entry.commercialization());
            OptionalDouble capability = Svg.score(entry.capability());
            boolean isPlotted = style.isPresent() && commercialization.isPresent();
            rows.add(new Row(entry.name(), entry.href(), Svg.signedOrNull(style, locale),
                    Svg.figureOrNull(commercialization, locale), Svg.figureOrNull(capability, locale), isPlotted));
            if (isPlotted) {
                plotted.add(new int[] {i});
                circles.add(new double[] {x(style.getAsDouble()), y(commercialization.getAsDouble()),
                        radius(capability)});
            } else {
                notPlotted.add(entry.name());
            }
        }
        List<QuadrantLabel> quadrants = List.of(
                new QuadrantLabel(false, true, coord(LEFT + 4), coord(TOP + 11), coord(TOP + 23), "start"),
                new QuadrantLabel(true, true, coord(RIGHT - 4), coord(TOP + 11), coord(TOP + 23), "end"),
                new QuadrantLabel(false, false, coord(LEFT + 4), coord(BOTTOM - 17), coord(BOTTOM - 5), "start"),
                new QuadrantLabel(true, false, coord(RIGHT - 4), coord(BOTTOM - 17), coord(BOTTOM - 5), "end"));
        List<double[]> boxes = new ArrayList<>();
        // The quadrant names (two short lines each, about 110 wide) are in the corners.
        boxes.add(new double[] {LEFT, TOP, LEFT + 120, TOP + 27});
        boxes.add(new double[] {RIGHT - 120, TOP, RIGHT, TOP + 27});
        boxes.add(new double[] {LEFT, BOTTOM - 28, LEFT + 120, BOTTOM});
        boxes.add(new double[] {RIGHT - 120, BOTTOM - 28, RIGHT, BOTTOM});

        // Place labels top to bottom, left to right, so that nudging down moves into free space.
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < plotted.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.<Integer>comparingDouble(k -> circles.get(k)[1]).thenComparingDouble(k -> circles.get(k)[0]));
        Point[] points = new Point[plotted.size()];
        for (int k : order) {
            Entry entry = entries.get(plotted.get(k)[0]);
            double[] c = circles.get(k);
            double width = TextMetrics.width(entry.name(), FONT);
            double[][] candidates = {
                {c[0] + c[2] + 3, c[1] + 4, 0},              // right
                {c[0] - c[2] - 3, c[1] + 4, 1},              // left
                {c[0], c[1] - c[2] - 4, 2},                  // above
                {c[0], c[1] + c[2] + 12, 2},                 // below
            };
            double[] chosen = null;
            double[] chosenBox = null;
            for (double[] candidate : candidates) {
                double[] box = box(candidate, width);
                if (inside(box) && free(box, boxes, circles, k, false)) {
                    chosen = candidate;
                    chosenBox = box;
                    break;
                }
            }
            if (chosen == null) {
                // Nudge: the first candidate that fits inside the plot, moved down (or up near the bottom) until free.
                double[] base = candidates[0];
                for (double[] candidate : candidates) {
                    if (inside(box(candidate, width))) {
                        base = candidate;
                        break;
                    }
                }
                double step = base[1] > BOTTOM - 40 ? -12 : 12;
                chosen = base;
                for (int tries = 1; tries <= 8; tries++) {
                    double[] moved = {base[0], base[1] + step * tries, base[2]};
                    double[] box = box(moved, width);
                    if (inside(box) && free(box, boxes, circles, k, true)) {
                        chosen = moved;
                        break;
                    }
                }
                chosenBox = box(chosen, width);
            }
            boxes.add(chosenBox);
            String anchor = chosen[2] == 0 ? "start" : chosen[2] == 1 ? "end" : "middle";
            Row row = rows.get(plotted.get(k)[0]);
            points[k] = new Point(entry.name(), entry.href(), coord(c[0]), coord(c[1]), coord(c[2]),
                    row.capability() != null, coord(chosen[0]), coord(chosen[1]), anchor, row);
        }
        // Draw big points first so that a small one on top of a big one stays visible.
        List<Point> drawn = new ArrayList<>(List.of(points));
        drawn.sort(Comparator.comparingDouble((Point p) -> Double.parseDouble(p.r())).reversed());
        List<Tick> xTicks = new ArrayList<>();
        for (int t = -100; t <= 100; t += 50) {
            xTicks.add(new Tick(coord(x(t)), coord(BOTTOM + 16), Svg.signed(t, locale).replaceAll("[.,]0$", "")));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int t = 0; t <= 100; t += 25) {
            yTicks.add(new Tick(coord(LEFT - 4), coord(y(t) + 4), Integer.toString(t)));
        }
        Plot plot = new Plot(coord(LEFT), coord(TOP), coord(RIGHT), coord(BOTTOM), coord(RIGHT - LEFT),
                coord(BOTTOM - TOP), coord(x(0)), coord(y(50)), coord(BOTTOM + 32), coord(BOTTOM + 48),
                coord((LEFT + RIGHT) / 2), coord(14), coord((TOP + BOTTOM) / 2));
        return new Quadrant("0 0 " + coord(WIDTH) + " " + coord(BOTTOM + 56), plot, xTicks, yTicks, quadrants,
                drawn, rows, notPlotted);
    }

    /** x of a style index: −100 at 56, 0 at 216, +100 at 376. */
    static double x(double style) {
        return LEFT + (Math.max(-100, Math.min(100, style)) + 100) / 200 * (RIGHT - LEFT);
    }

    /** y of a commercialization score: 0 at 316, 100 at 16. */
    static double y(double score) {
        return BOTTOM - Math.max(0, Math.min(100, score)) / 100 * (BOTTOM - TOP);
    }

    static double radius(OptionalDouble capability) {
        return capability.isPresent() ? 4 + 8 * capability.getAsDouble() / 100 : 4;
    }

    /** The box {x1, y1, x2, y2} of a label at {x, baseline, anchor (0 start, 1 end, 2 middle)}. */
    private static double[] box(double[] at, double width) {
        double x1 = at[2] == 0 ? at[0] : at[2] == 1 ? at[0] - width : at[0] - width / 2;
        return new double[] {x1, at[1] - FONT + 2, x1 + width, at[1] + 3};
    }

    private static boolean inside(double[] box) {
        return box[0] >= LEFT + 1 && box[2] <= RIGHT - 1 && box[1] >= TOP && box[3] <= BOTTOM;
    }

    private static boolean free(double[] box, List<double[]> boxes, List<double[]> circles, int own, boolean labelsOnly) {
        for (double[] other : boxes) {
            if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) {
                return false;
            }
        }
        if (labelsOnly) {
            return true;
        }
        for (int k = 0; k < circles.size(); k++) {
            double[] c = circles.get(k);
            double nx = Math.max(box[0], Math.min(c[0], box[2]));
            double ny = Math.max(box[1], Math.min(c[1], box[3]));
            if (k != own && Math.hypot(c[0] - nx, c[1] - ny) < c[2]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The plot area and where its axis titles go.
     *
     * @param midX   x of the vertical divider (style 0)
     * @param midY   y of the horizontal divider (score 50)
     * @param endsY  baseline of the "◀ Alibaba-style" and "ByteDance-style ▶" labels at the ends of the x axis
     * @param xTitleY baseline of the x axis title
     * @param yTitleX x of the (rotated) y axis title
     * @param yTitleY y of its middle
     */
    public record Plot(String left, String top, String right, String bottom, String width, String height, String midX,
            String midY, String endsY, String xTitleY, String xTitleX, String yTitleX, String yTitleY) {

        public String yTitleTransform() {
            return "rotate(-90 " + yTitleX + " " + yTitleY + ")";
        }
    }

    /** A tick label at ({@code x}, {@code y}). */
    public record Tick(String x, String y, String label) {
    }

    /**
     * The name of a quadrant, in two lines: its style side, then how well it commercializes.
     *
     * @param byteDance true on the right (ByteDance-style) half
     * @param high      true on the upper (commercializes well) half
     */
    public record QuadrantLabel(boolean byteDance, boolean high, String x, String y1, String y2, String anchor) {
    }

    /**
     * A plotted company.
     *
     * @param r              the point's radius, from model capability
     * @param capabilityKnown false: a hollow point
     * @param labelX         x of the name label
     * @param labelY         baseline of the name label
     * @param anchor         text-anchor of the name label
     * @param row            the same company's figures, as in the table
     */
    public record Point(String name, String href, String x, String y, String r, boolean capabilityKnown, String labelX,
            String labelY, String anchor, Row row) {
    }

    /**
     * A company's line in the table. Figures are null when unknown.
     *
     * @param style             signed style index, e.g. "+42.0"
     * @param commercialization one decimal
     * @param capability        one decimal
     * @param plotted           false when style or commercialization is unknown
     */
    public record Row(String name, String href, String style, String commercialization, String capability,
            boolean plotted) {
    }
}
