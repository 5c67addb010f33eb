package ai.scorecard.chart;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalDouble;

/** Number handling shared by the charts: clamping, coordinates and figures for readers. */
final class Svg {

    /** The colour of the left (first) company: a dark blue, drawn solid. */
    static final String LEFT_COLOUR = "#1d4f91";
    /** The colour of the right (second) company: a burnt orange, drawn hatched or dashed. */
    static final String RIGHT_COLOUR = "#b4500b";
    /** Marks for anything that is neither of the two compared companies. */
    static final String OTHER_COLOUR = "#4a4a4a";

    private Svg() {
    }

    /**
     * A coordinate with one decimal and a dot, whatever the locale; never "-0.0". Written out by hand: a chart has
     * hundreds of coordinates, and {@code String.format} parsed its pattern for each of them.
     */
    static String coord(double value) {
        long tenths = Math.round(Math.abs(value) * 10);
        if (tenths == 0) {
            return "0.0";
        }
        return (value < 0 ? "-" : "") + tenths / 10 + "." + tenths % 10;
    }

    /** Rounded to one decimal, half away from zero, with no negative zero. */
    static double round1(double value) {
        double rounded = Math.signum(value) * Math.round(Math.abs(value) * 10) / 10.0;
        return rounded == 0 ? 0.0 : rounded;
    }

    /** A score as a reader sees it: one decimal in the reader's locale, e.g. "72.5". */
    static String figure(double value, Locale locale) {
        return format(locale).format(round1(value));
    }

    /** A signed figure, e.g. "+42.0", "-12.5", "0.0": for style indices and gaps. */
    static String signed(double value, Locale locale) {
        double rounded = round1(value);
        String text = format(locale).format(rounded);
        return rounded > 0 ? "+" + text : text;
    }

    /** A number format is costly to make and not safe to share between threads: each thread keeps its own. */
    private static final ThreadLocal<Map<Locale, NumberFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private static NumberFormat format(Locale locale) {
        return FORMATS.get().computeIfAbsent(locale, key -> {
            NumberFormat format = NumberFormat.getNumberInstance(key);
            format.setGroupingUsed(false);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            return format;
        });
    }

    /** A 0…100 score, clamped; NaN counts as unknown. */
    static OptionalDouble score(OptionalDouble value) {
        return clamped(value, 0, 100);
    }

    /** A −100…+100 style index, clamped; NaN counts as unknown. */
    static OptionalDouble style(OptionalDouble value) {
        return clamped(value, -100, 100);
    }

    private static OptionalDouble clamped(OptionalDouble value, double min, double max) {
        if (value == null || value.isEmpty() || Double.isNaN(value.getAsDouble())) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(min, Math.min(max, value.getAsDouble())));
    }

    /** "unknown" is resolved by the template; a known figure is formatted here. */
    static String figureOrNull(OptionalDouble value, Locale locale) {
        return value.isPresent() ? figure(value.getAsDouble(), locale) : null;
    }

    static String signedOrNull(OptionalDouble value, Locale locale) {
        return value.isPresent() ? signed(value.getAsDouble(), locale) : null;
    }
}
