package ai.scorecard.chart;

import static ai.scorecard.chart.Svg.coord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Scores with the range each could take given what is unknown, one row each on a 0…100 scale: a pale band
 * from the range's low end to its high end, a solid dot at the estimate that ranks and compares, and a
 * ring at the evidence-only score. A row without enough evidence draws no band, only a note, so no
 * number is ever drawn from no evidence.
 *
 * <p>Geometry (viewBox units): {@value #WIDTH} wide; the scale starts at x = 8 and 100 points are
 * {@value #SCALE} long. Each row is {@value #ROW} high: the name, then the band under it.
 *
 * @param rows  one per entry, top to bottom in input order
 * @param ticks 0, 25, 50, 75, 100 under the rows
 */
public record RangeBars(String viewBox, Legend legend, List<Row> rows, List<Tick> ticks, String gridTop,
        String gridBottom, String tickY) {

    public static final double WIDTH = 400;
    public static final double SCALE = 300;
    private static final double START = 8;
    private static final double LEGEND = 30;
    private static final double ROW = 34;

    public RangeBars {
        rows = List.copyOf(rows);
        ticks = List.copyOf(ticks);
    }

    /**
     * A score to draw.
     *
     * @param name     as typed by an editor; escaped where it is drawn
     * @param emphasis true for a company, drawn bold; false for one of its products
     */
    public record Entry(String name, boolean emphasis, OptionalDouble estimate, OptionalDouble evidenceOnly,
            OptionalDouble low, OptionalDouble high) {

        public Entry {
            Objects.requireNonNull(name, "name");
        }

        boolean known() {
            return estimate.isPresent() && low.isPresent() && high.isPresent();
        }
    }

    public static RangeBars of(List<Entry> entries, Locale locale) {
        List<Row> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            double top = LEGEND + i * ROW;
            if (!entry.known()) {
                rows.add(new Row(entry.name(), entry.emphasis(), false, coord(START), coord(top + 12), null, null,
                        coord(top + 16), null, null, null, coord(START), coord(top + 27), null, null, null, null));
                continue;
            }
            double low = clamp(entry.low().getAsDouble());
            double high = clamp(entry.high().getAsDouble());
            double estimate = clamp(entry.estimate().getAsDouble());
            OptionalDouble evidenceOnly = Svg.score(entry.evidenceOnly());
            rows.add(new Row(entry.name(), entry.emphasis(), true, coord(START), coord(top + 12), coord(x(low)),
                    coord(Math.max(1, x(high) - x(low))), coord(top + 16), coord(x(estimate)),
                    evidenceOnly.isPresent() ? coord(x(evidenceOnly.getAsDouble())) : null, coord(top + 21),
                    coord(START + SCALE + 6), coord(top + 25), Svg.figure(estimate, locale),
                    Svg.figureOrNull(evidenceOnly, locale), Svg.figure(low, locale), Svg.figure(high, locale)));
        }
        double bottom = LEGEND + entries.size() * ROW;
        List<Tick> ticks = List.of(new Tick(coord(x(0)), "0"), new Tick(coord(x(25)), "25"),
                new Tick(coord(x(50)), "50"), new Tick(coord(x(75)), "75"), new Tick(coord(x(100)), "100"));
        Legend legend = new Legend(coord(START + 5), coord(START + 14), coord(140), coord(149), coord(254), coord(266),
                coord(14), coord(18), coord(9));
        return new RangeBars("0 0 " + coord(WIDTH) + " " + coord(bottom + 20), legend, rows, ticks, coord(LEGEND),
                coord(bottom), coord(bottom + 14));
    }

    /** The x of a score: 0 at 8, 100 at 308. */
    static double x(double score) {
        return START + score / 100 * SCALE;
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(100, score));
    }

    /**
     * One row: the name on top, the band of height 10 from {@code bandY} under it. When {@code known} is
     * false only the name and a "not enough evidence" note at ({@code textX}, {@code textY}) are drawn.
     *
     * @param dotX  x of the estimate
     * @param ringX x of the evidence-only score; null when there is none
     * @param markY the centre line of the dot and the ring
     * @param textX x of the figures after the scale, or of the note
     */
    public record Row(String name, boolean emphasis, boolean known, String nameX, String nameY, String bandX,
            String bandWidth, String bandY, String dotX, String ringX, String markY, String textX, String textY,
            String estimate, String evidenceOnly, String low, String high) {
    }

    /** The legend: the dot, the ring and a band swatch, each with its words after it. */
    public record Legend(String dotX, String dotTextX, String ringX, String ringTextX, String bandX, String bandTextX,
            String y, String textY, String bandWidth) {
    }

    public record Tick(String x, String label) {
    }
}
