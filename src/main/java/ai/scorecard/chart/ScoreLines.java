package ai.scorecard.chart;

import static ai.scorecard.chart.Svg.coord;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Scores over time: one line per subject across dated points on a 0…100 scale, days placed by their
 * distance in time. An unknown score is a gap: the line stops before it and starts again after, and no mark
 * is drawn, so no score is ever drawn from no evidence. A known point between two gaps is still drawn as a
 * mark. The first line is solid with round marks, the second dashed with square ones; with more than
 * {@value #MARKED} days only lone points are marked, the line alone showing the rest.
 *
 * <p>Geometry (viewBox units): {@value #WIDTH} wide; the plot runs from x = {@value #LEFT} to
 * x = {@value #RIGHT} and from y = {@value #TOP} (100) down to y = {@value #BOTTOM} (0).
 *
 * @param legend one entry per line, at the top
 * @param lines  the lines, in input order
 * @param yTicks 0, 25, 50, 75, 100 at the left
 * @param xTicks up to five dates under the plot
 * @param rows   the table: one per day, oldest first
 * @param names  the lines' names, the table's columns
 * @param first  the first day, as a reader reads it
 * @param last   the last day, as a reader reads it
 */
public record ScoreLines(String viewBox, List<Legend> legend, List<Line> lines, List<Tick> yTicks, List<Tick> xTicks,
        String plotLeft, String plotRight, String plotTop, String plotBottom, String yLabelX,
        List<Row> rows, List<String> names, boolean versions, String first, String last) {

    public static final double WIDTH = 400;
    static final double LEFT = 34;
    static final double RIGHT = 384;
    static final double TOP = 32;
    static final double BOTTOM = 192;
    private static final int MAX_X_TICKS = 5;
    /** Up to this many days, every known point has a mark; beyond, the marks would crowd into a band. */
    static final int MARKED = 60;

    public ScoreLines {
        legend = List.copyOf(legend);
        lines = List.copyOf(lines);
        yTicks = List.copyOf(yTicks);
        xTicks = List.copyOf(xTicks);
        rows = List.copyOf(rows);
        names = List.copyOf(names);
    }

    /**
     * A day to draw.
     *
     * @param scores    one per line, in the order of the names; empty when unknown that day
     * @param monthEnd  the last day of a month
     * @param change    a fact changed that day
     * @param version   the methodology version the scores are under
     */
    public record Day(LocalDate date, boolean monthEnd, boolean change, int version, List<OptionalDouble> scores) {

        public Day {
            Objects.requireNonNull(date, "date");
            scores = List.copyOf(scores);
        }
    }

    /**
     * @param names    the lines' names as typed by editors, one or two
     * @param days     oldest first; at least one
     * @param versions whether the table shows each day's methodology version (when it may differ)
     * @param locale   the reader's locale, for dates and figures
     */
    public static ScoreLines of(List<String> names, List<Day> days, boolean versions, Locale locale) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("A score history needs at least one day");
        }
        LocalDate start = days.get(0).date();
        LocalDate end = days.get(days.size() - 1).date();
        long span = ChronoUnit.DAYS.between(start, end);
        List<Line> lines = new ArrayList<>(names.size());
        List<Legend> legend = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            Shape shape = Shape.nth(i);
            List<String> segments = new ArrayList<>();
            List<String> marks = new ArrayList<>();
            List<double[]> segment = new ArrayList<>();
            boolean everyMark = days.size() <= MARKED;
            for (Day day : days) {
                OptionalDouble score = Svg.score(day.scores().get(i));
                if (score.isEmpty()) {
                    close(segment, segments, marks, shape, everyMark);
                    continue;
                }
                segment.add(new double[] {x(day.date(), start, span), y(score.getAsDouble())});
            }
            close(segment, segments, marks, shape, everyMark);
            lines.add(new Line(names.get(i), i > 0, segments, marks));
            double legendX = LEFT + i * 180;
            legend.add(new Legend(names.get(i), i > 0, coord(legendX), coord(legendX + 24), shape.path(legendX + 12, 12, 3),
                    coord(legendX + 30), coord(16)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int score = 0; score <= 100; score += 25) {
            yTicks.add(new Tick(coord(y(score)), coord(y(score) + 3.5), String.valueOf(score)));
        }
        List<Row> rows = new ArrayList<>(days.size());
        for (Day day : days) {
            List<String> figures = new ArrayList<>(names.size());
            for (int i = 0; i < names.size(); i++) {
                figures.add(Svg.figureOrNull(Svg.score(day.scores().get(i)), locale));
            }
            rows.add(new Row(day.date().toString(), longDate(day.date(), locale), day.monthEnd(), day.change(),
                    String.valueOf(day.version()), figures));
        }
        return new ScoreLines("0 0 " + coord(WIDTH) + " " + coord(BOTTOM + 26), legend, lines, yTicks,
                xTicks(days, start, span, locale), coord(LEFT), coord(RIGHT), coord(TOP), coord(BOTTOM),
                coord(LEFT - 4), rows, names, versions, longDate(start, locale),
                longDate(end, locale));
    }

    /**
     * Ends a known stretch: its points become a polyline, and each gets a mark when there are few days; with
     * many, only a lone point between two gaps, which no line would show.
     */
    private static void close(List<double[]> segment, List<String> segments, List<String> marks, Shape shape,
            boolean everyMark) {
        if (segment.isEmpty()) {
            return;
        }
        StringBuilder points = new StringBuilder();
        for (double[] point : segment) {
            points.append(points.isEmpty() ? "" : " ").append(coord(point[0])).append(',').append(coord(point[1]));
            if (everyMark || segment.size() == 1) {
                marks.add(shape.path(point[0], point[1], 3));
            }
        }
        segments.add(points.toString());
        segment.clear();
    }

    /** A single day sits in the middle; otherwise the first day is at the left edge and the last at the right. */
    static double x(LocalDate day, LocalDate start, long span) {
        if (span == 0) {
            return (LEFT + RIGHT) / 2;
        }
        return LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(start, day) / span;
    }

    /** 0 at the bottom of the plot, 100 at its top. */
    static double y(double score) {
        return BOTTOM - (BOTTOM - TOP) * score / 100;
    }

    /** The first and last days and up to three between, evenly spread among the days, each named by its month. */
    private static List<Tick> xTicks(List<Day> days, LocalDate start, long span, Locale locale) {
        List<Tick> ticks = new ArrayList<>();
        int count = Math.min(MAX_X_TICKS, days.size());
        LocalDate previous = null;
        for (int i = 0; i < count; i++) {
            int index = count == 1 ? 0 : (int) Math.round((double) i * (days.size() - 1) / (count - 1));
            LocalDate day = days.get(index).date();
            if (previous != null && ChronoUnit.DAYS.between(previous, day) * (RIGHT - LEFT) < 60.0 * Math.max(span, 1)) {
                continue; // too close to the last label to be read apart
            }
            ticks.add(new Tick(coord(x(day, start, span)), coord(BOTTOM + 16), month(day, locale)));
            previous = day;
        }
        return ticks;
    }

    private static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** "Jun 2026", "2026年6月". */
    static String month(LocalDate day, Locale locale) {
        return chinese(locale) ? day.getYear() + "年" + day.getMonthValue() + "月"
                : day.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
    }

    /** "30 June 2026", "2026年6月30日", as the banners write a day. */
    static String longDate(LocalDate day, Locale locale) {
        return chinese(locale) ? day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
                : day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    /**
     * One line: its known stretches, each a polyline's points, and a mark at each known point.
     *
     * @param dashed true for the second line
     */
    public record Line(String name, boolean dashed, List<String> segments, List<String> marks) {
    }

    /** A line's sample in the legend: a stroke from {@code x1} to {@code x2} at y = 12, its mark, its name. */
    public record Legend(String name, boolean dashed, String x1, String x2, String mark, String textX, String textY) {
    }

    /** A gridline or a date at {@code at} along its axis, labelled at {@code textAt} across it. */
    public record Tick(String at, String textAt, String label) {
    }

    /**
     * A day in the table.
     *
     * @param iso     the day as YYYY-MM-DD, for the time element
     * @param date    the day as a reader reads it
     * @param figures one per line; null when unknown
     */
    public record Row(String iso, String date, boolean monthEnd, boolean change, String version, List<String> figures) {
    }
}
