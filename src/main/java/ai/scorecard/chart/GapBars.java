package ai.scorecard.chart;

import static ai.scorecard.chart.Svg.coord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Each company's model capability (solid bar) and commercialization score (hatched bar) on a
 * 0…100 scale, and the commercialization gap between them (capability − commercialization),
 * written out and marked by a dotted line under the end of the capability bar, across the
 * commercialization bar's row, so that the shortfall shows as the space between the two.
 *
 * <p>Geometry (viewBox units): the chart is {@value #WIDTH} wide; bars start at x = 8 and a
 * score of 100 is {@value #SCALE} long (3 a point), so 50 is 150. Scores are clamped into 0…100
 * and the gap is computed from the figures shown (so the three numbers in a row always add up). An
 * unknown score draws no bar but an "unknown" note; the gap is then unknown too.
 *
 * @param legend    the two swatches and their words
 * @param companies one block per company, in input order
 * @param scaleY    the bottom of the grid
 * @param ticks     0, 25, 50, 75, 100, labelled at {@code tickY}
 * @param gridTop   the top of the grid
 */
public record GapBars(String viewBox, Legend legend, List<Company> companies,
        String scaleY, List<Tick> ticks, String tickY, String gridTop) {

    public static final double WIDTH = 400;
    public static final double SCALE = 300;
    private static final double START = 8;
    private static final double LEGEND = 44;
    private static final double BLOCK = 62;

    public GapBars {
        companies = List.copyOf(companies);
        ticks = List.copyOf(ticks);
    }

    /** A company to draw: its name as typed by an editor and its two scores, each possibly unknown. */
    public record Entry(String name, OptionalDouble capability, OptionalDouble commercialization) {

        public Entry {
            Objects.requireNonNull(name, "name");
            capability = capability == null ? OptionalDouble.empty() : capability;
            commercialization = commercialization == null ? OptionalDouble.empty() : commercialization;
        }

        public static Entry of(String name, OptionalDouble capability, OptionalDouble commercialization) {
            return new Entry(name, capability, commercialization);
        }
    }

    /**
     * @param entries the companies, drawn top to bottom in this order
     * @param locale  the reader's locale, for the figures shown
     */
    public static GapBars of(List<Entry> entries, Locale locale) {
        List<Company> companies = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            double top = LEGEND + i * BLOCK;
            OptionalDouble capability = Svg.score(entry.capability());
            OptionalDouble commercialization = Svg.score(entry.commercialization());
            boolean gapKnown = capability.isPresent() && commercialization.isPresent();
            double gap = gapKnown ? Svg.round1(capability.getAsDouble()) - Svg.round1(commercialization.getAsDouble()) : 0;
            companies.add(new Company(entry.name(), coord(START), coord(top + 14), coord(WIDTH - START),
                    Bar.of(capability, top + 20, START, locale),
                    Bar.of(commercialization, top + 38, gapKnown ? x(capability.getAsDouble()) : START, locale),
                    gapKnown ? Svg.signed(gap, locale) : null,
                    gapKnown ? coord(x(capability.getAsDouble())) : null, coord(top + 34), coord(top + 54)));
        }
        double scaleY = LEGEND + entries.size() * BLOCK;
        List<Tick> ticks = List.of(new Tick(coord(x(0)), "0"), new Tick(coord(x(25)), "25"),
                new Tick(coord(x(50)), "50"), new Tick(coord(x(75)), "75"), new Tick(coord(x(100)), "100"));
        Legend legend = new Legend(coord(START), coord(START + 14), coord(7), coord(16), coord(25), coord(34), coord(10));
        return new GapBars("0 0 " + coord(WIDTH) + " " + coord(scaleY + 22), legend, companies,
                coord(scaleY), ticks, coord(scaleY + 14), coord(LEGEND));
    }

    /** The x of a score: 0 at 8, 100 at 308. */
    static double x(double score) {
        return START + score / 100 * SCALE;
    }

    /**
     * A company's block.
     *
     * @param nameX   x of the name (left edge)
     * @param nameY   baseline of the name and of the gap text
     * @param gapX    x of the gap text (right-aligned to the right edge)
     * @param gap     the signed gap (capability − commercialization), e.g. "+30.0"; null when unknown
     * @param markX   x of the dotted line under the end of the capability bar; null when the gap is unknown
     * @param markY1  top of that line
     * @param markY2  bottom of that line
     */
    public record Company(String name, String nameX, String nameY, String gapX, Bar capability, Bar commercialization,
            String gap, String markX, String markY1, String markY2) {

        public boolean gapKnown() {
            return gap != null;
        }
    }

    /**
     * One bar.
     *
     * @param known  false when the score is unknown: no bar, an "unknown" note at {@code textX}
     * @param value  the figure shown, one decimal; null when unknown
     * @param y      top of the bar
     * @param width  its length
     * @param textX  x of the figure just after the bar's end (and after the gap mark), or of the note
     * @param textY  baseline of that text
     */
    public record Bar(boolean known, String value, String x, String y, String width, String height, String textX,
            String textY) {

        /** A bar whose figure goes after its end, or after {@code clearOf} when that is further right. */
        static Bar of(OptionalDouble score, double top, double clearOf, Locale locale) {
            if (score.isEmpty()) {
                return new Bar(false, null, coord(START), coord(top), coord(0), coord(13), coord(START + 4), coord(top + 10));
            }
            double end = GapBars.x(score.getAsDouble());
            return new Bar(true, Svg.figure(score.getAsDouble(), locale), coord(START), coord(top), coord(end - START),
                    coord(13), coord(Math.max(end, clearOf) + 4), coord(top + 10));
        }
    }

    /**
     * The legend: a solid swatch for model capability and a hatched one for commercialization, one
     * above the other, each {@code swatchSize} square at {@code swatchX}, the words at {@code textX}.
     */
    public record Legend(String swatchX, String textX, String capabilitySwatchY, String capabilityY,
            String commercializationSwatchY, String commercializationY, String swatchSize) {
    }

    /** A score tick under the bars. */
    public record Tick(String x, String label) {
    }
}
