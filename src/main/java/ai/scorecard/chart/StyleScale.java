package ai.scorecard.chart;

import static ai.scorecard.chart.Svg.coord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A horizontal scale from −100 (fully Alibaba-style, left) to +100 (fully ByteDance-style, right)
 * with any number of labelled markers, e.g. the two compared companies.
 *
 * <p>Geometry (viewBox units): the chart is {@value #WIDTH} wide and the scale runs from x = 40
 * (−100) through x = 200 (0) to x = 360 (+100), 1.6 a point. Positions are clamped into −100…+100.
 * Each known marker has a shape (circle, square, diamond, …, in input order) on the scale and a
 * label "name +12.3" above it; labels that would overlap go up a level. A marker whose position
 * is unknown is not placed on the scale but listed under it as "name: unknown" beside a hollow mark.
 *
 * @param axisY  y of the scale line
 * @param ticks  −100, −50, 0, +50, +100, drawn from {@code tickTop} to {@code tickBottom}, labelled at {@code tickY}
 * @param endY   baseline of the "◀ Alibaba-style" and "ByteDance-style ▶" labels under the ends
 * @param placed  the known markers, in input order
 * @param unknown the markers with no position, in input order
 * @param all     every marker, in input order: the table
 */
public record StyleScale(String viewBox, String axisX1, String axisX2, String axisY, String centreX,
        List<Tick> ticks, String tickTop, String tickBottom, String tickY, String endY, List<Marker> placed, List<Marker> unknown, List<Marker> all) {

    public static final double WIDTH = 400;
    static final double LEFT = 40;
    static final double RIGHT = 360;
    private static final double FONT = 12;
    private static final double LEVEL = 15;

    public StyleScale {
        ticks = List.copyOf(ticks);
        placed = List.copyOf(placed);
        unknown = List.copyOf(unknown);
        all = List.copyOf(all);
    }

    /** A marker to place: a name as typed by an editor and a style index, possibly unknown. */
    public record Entry(String name, OptionalDouble position) {

        public Entry {
            Objects.requireNonNull(name, "name");
            position = position == null ? OptionalDouble.empty() : position;
        }

        public static Entry of(String name, OptionalDouble position) {
            return new Entry(name, position);
        }
    }

    /**
     * @param entries the markers, in order; the first two take the compared companies' colours
     *                (blue circle, orange square), later ones grey in other shapes
     * @param locale  the reader's locale, for the figures shown
     */
    public static StyleScale of(List<Entry> entries, Locale locale) {
        int n = entries.size();
        // Known markers, placed left to right on the lowest label level where they overlap nothing.
        List<Integer> order = new ArrayList<>();
        double[] xs = new double[n];
        double[] labelXs = new double[n];
        int[] levels = new int[n];
        for (int i = 0; i < n; i++) {
            OptionalDouble position = Svg.style(entries.get(i).position());
            if (position.isPresent()) {
                order.add(i);
                xs[i] = x(position.getAsDouble());
            }
        }
        order.sort(Comparator.comparingDouble(i -> xs[i]));
        List<List<double[]>> taken = new ArrayList<>();
        int levelCount = 1;
        for (int i : order) {
            Entry entry = entries.get(i);
            String value = Svg.signed(Svg.style(entry.position()).getAsDouble(), locale);
            double width = TextMetrics.width(entry.name() + " " + value, FONT);
            double half = width / 2;
            double labelX = Math.max(4 + half, Math.min(WIDTH - 4 - half, xs[i]));
            double from = labelX - half - 4;
            double to = labelX + half + 4;
            int level = 0;
            while (true) {
                if (level == taken.size()) {
                    taken.add(new ArrayList<>());
                }
                boolean free = true;
                for (double[] span : taken.get(level)) {
                    if (from < span[1] && span[0] < to) {
                        free = false;
                        break;
                    }
                }
                if (free) {
                    taken.get(level).add(new double[] {from, to});
                    break;
                }
                level++;
            }
            levels[i] = level;
            labelXs[i] = labelX;
            levelCount = Math.max(levelCount, level + 1);
        }
        double axisY = 34 + LEVEL * (levelCount - 1);
        List<Marker> placed = new ArrayList<>();
        List<Marker> unknown = new ArrayList<>();
        List<Marker> all = new ArrayList<>();
        double noteY = axisY + 56;
        for (int i = 0; i < n; i++) {
            Entry entry = entries.get(i);
            OptionalDouble position = Svg.style(entry.position());
            Shape shape = Shape.nth(i);
            String colour = i == 0 ? Svg.LEFT_COLOUR : i == 1 ? Svg.RIGHT_COLOUR : Svg.OTHER_COLOUR;
            Marker marker;
            if (position.isPresent()) {
                double labelY = axisY - 16 - LEVEL * levels[i];
                marker = new Marker(entry.name(), true, Svg.signed(position.getAsDouble(), locale), coord(xs[i]),
                        coord(axisY), shape.path(xs[i], axisY, 6), colour, coord(labelXs[i]), coord(labelY),
                        coord(labelY + 3), coord(axisY - 7));
                placed.add(marker);
            } else {
                marker = new Marker(entry.name(), false, null, coord(LEFT + 6), coord(noteY - 4),
                        shape.path(LEFT + 6, noteY - 4, 5), colour, coord(LEFT + 16), coord(noteY), null, null);
                unknown.add(marker);
                noteY += 16;
            }
            all.add(marker);
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = -100; t <= 100; t += 50) {
            ticks.add(new Tick(coord(x(t)), Svg.signed(t, locale).replaceAll("[.,]0$", "")));
        }
        double height = axisY + 48 + 16 * unknown.size();
        return new StyleScale("0 0 " + coord(WIDTH) + " " + coord(height), coord(LEFT), coord(RIGHT), coord(axisY),
                coord(x(0)), ticks, coord(axisY - 5), coord(axisY + 5), coord(axisY + 20), coord(axisY + 38), placed, unknown, all);
    }

    /** The x of a style index: −100 at 40, 0 at 200, +100 at 360. */
    static double x(double position) {
        double clamped = Math.max(-100, Math.min(100, position));
        return LEFT + (clamped + 100) / 200 * (RIGHT - LEFT);
    }

    /** A tick on the scale, labelled with its signed style index. */
    public record Tick(String x, String label) {
    }

    /**
     * A marker.
     *
     * @param known    false when the position is unknown: then it is listed under the scale, hollow
     * @param value    the signed figure shown, e.g. "+42.0"; null when unknown
     * @param x        the mark's x (on the scale, or at the start of its "unknown" line)
     * @param y        the mark's y
     * @param shape    SVG path of the mark
     * @param colour   its stroke (and, when known, fill) colour
     * @param labelX   x of its label (centred above the mark; at the start of the line when unknown)
     * @param labelY   baseline of its label
     * @param leaderY1 top of the thin line from the label down to the mark; null when unknown
     * @param leaderY2 bottom of that line
     */
    public record Marker(String name, boolean known, String value, String x, String y, String shape, String colour,
            String labelX, String labelY, String leaderY1, String leaderY2) {
    }
}
