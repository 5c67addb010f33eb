package ai.scorecard.chart;

import java.util.List;
import java.util.function.Consumer;

/**
 * The comparison's charts written out as HTML: a figure with its caption, the SVG (named by its title and described
 * by its desc) and, folded under it, the table of the same numbers. Each id inside derives from the figure's id
 * ({@code id}, {@code id-title}, {@code id-desc}, {@code id-hatch}).
 *
 * <p>Written in Java rather than by the Thymeleaf fragments the other charts use: a comparison drawn afresh has five
 * charts of several hundred marks each, and drawing them through the template engine was a third of its cost. The
 * markup is the fragments' ({@code templates/fragments/charts.html}, the frame), mark for mark. Colours: left company
 * #1d4f91 (solid), right company #b4500b (hatched or dashed). No style attribute: the CSP refuses them.
 */
public final class Figures {

    private static final String FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans SC', sans-serif";
    private static final String LEFT = Svg.LEFT_COLOUR;
    private static final String RIGHT = Svg.RIGHT_COLOUR;

    private Figures() {
    }

    /** Two companies, dimension by dimension, as bars from a centre axis. */
    public static String divergingBars(DivergingBars chart, String id, String caption, Wording words) {
        String hatch = "url(#" + id + "-hatch)";
        return frame(id, caption, "diverging", chart.viewBox(), words.of("chart.diverging.desc", chart.leftName(),
                chart.rightName(), chart.leftLeads(), chart.rightLeads(), chart.rows().size()), words, marks -> {
                    hatch(marks, id, "#fbe4d2", RIGHT);
                    DivergingBars.Header header = chart.header();
                    marks.open("g", "class", "chart-legend", "font-size", "13", "font-weight", "bold")
                            .leaf("rect", "x", header.leftSwatchX(), "y", header.leftSwatchY(), "width",
                                    header.swatchSize(), "height", header.swatchSize(), "fill", LEFT, "stroke", LEFT)
                            .element("text", chart.leftName(), "x", header.leftTextX(), "y", header.leftY(),
                                    "text-anchor", "start")
                            .leaf("rect", "x", header.rightSwatchX(), "y", header.rightSwatchY(), "width",
                                    header.swatchSize(), "height", header.swatchSize(), "stroke", RIGHT, "fill", hatch)
                            .element("text", chart.rightName(), "x", header.rightTextX(), "y", header.rightY(),
                                    "text-anchor", "end")
                            .close("g");
                    grid(marks, chart.ticks().stream().map(DivergingBars.Tick::x)
                            .filter(x -> !x.equals(chart.axisX())).toList(), chart.axisTop(), chart.axisBottom());
                    for (DivergingBars.Row row : chart.rows()) {
                        marks.open("g", "class", "chart-row")
                                .element("text", row.label(), "x", row.labelX(), "y", row.labelY(), "text-anchor",
                                        "middle", "font-weight", "bold");
                        if (row.leftLeads()) {
                            marks.element("text", "▲ " + words.of("chart.diverging.leads"), "x", row.leaderX(), "y",
                                    row.labelY(), "text-anchor", row.leaderAnchor(), "fill", LEFT, "font-weight",
                                    "bold");
                        }
                        if (row.rightLeads()) {
                            marks.element("text", words.of("chart.diverging.leads") + " ▲", "x", row.leaderX(), "y",
                                    row.labelY(), "text-anchor", row.leaderAnchor(), "fill", RIGHT, "font-weight",
                                    "bold");
                        }
                        if (row.tie()) {
                            marks.element("text", "= " + words.of("chart.diverging.tie"), "x", row.leaderX(), "y",
                                    row.labelY(), "text-anchor", row.leaderAnchor());
                        }
                        if (row.left().known()) {
                            marks.leaf("rect", "class", "bar bar-left", "x", row.left().x(), "y", row.barY(), "width",
                                    row.left().width(), "height", row.barHeight(), "fill", LEFT, "stroke", LEFT);
                        }
                        if (row.right().known()) {
                            marks.leaf("rect", "class", "bar bar-right", "x", row.right().x(), "y", row.barY(),
                                    "width", row.right().width(), "height", row.barHeight(), "stroke", RIGHT, "fill",
                                    hatch);
                        }
                        value(marks, row.left(), "value value-left", row.valueY(), words);
                        value(marks, row.right(), "value value-right", row.valueY(), words);
                        marks.close("g");
                    }
                    marks.leaf("line", "class", "chart-axis", "x1", chart.axisX(), "x2", chart.axisX(), "y1",
                            chart.axisTop(), "y2", chart.axisBottom(), "stroke", "currentColor", "stroke-width", "1.5");
                    marks.open("g", "class", "chart-ticks", "font-size", "11", "text-anchor", "middle");
                    for (DivergingBars.Tick tick : chart.ticks()) {
                        marks.element("text", tick.label(), "x", tick.x(), "y", chart.tickY());
                    }
                    marks.element("text", words.of("chart.diverging.axis"), "x", chart.axisX(), "y",
                            chart.axisTitleY()).close("g");
                }, table -> {
                    head(table, Column.words(words.of("chart.dimension")), Column.figures(chart.leftName()),
                            Column.figures(chart.rightName()), Column.words(words.of("chart.diverging.leader")));
                    table.open("tbody");
                    for (DivergingBars.Row row : chart.rows()) {
                        String leader = row.leftLeads() ? "▲ " + chart.leftName()
                                : row.rightLeads() ? "▲ " + chart.rightName()
                                : row.tie() ? words.of("chart.diverging.tie") : words.of("chart.diverging.noLeader");
                        table.open("tr").element("th", row.label(), "scope", "row")
                                .element("td", row.left().known() ? row.left().value() : words.of("chart.unknown"),
                                        "class", "text-end")
                                .element("td", row.right().known() ? row.right().value() : words.of("chart.unknown"),
                                        "class", "text-end")
                                .element("td", leader).close("tr");
                    }
                    table.close("tbody");
                });
    }

    private static void value(Markup marks, DivergingBars.Bar bar, String classes, String y, Wording words) {
        if (bar.known()) {
            marks.element("text", bar.value(), "class", classes, "x", bar.textX(), "y", y, "text-anchor",
                    bar.anchor());
        } else {
            marks.element("text", words.of("chart.unknown"), "class", classes + " unknown", "x", bar.textX(), "y", y,
                    "text-anchor", bar.anchor(), "font-style", "italic");
        }
    }

    /** The same dimensions as a radar: solid round-marked outline left, dashed square-marked outline right. */
    public static String radar(Radar chart, String id, String caption, Wording words) {
        return frame(id, caption, "radar", chart.viewBox(), words.of("chart.radar.desc", chart.leftName(),
                chart.rightName(), chart.axes().size()), words, marks -> {
                    Radar.Legend legend = chart.legend();
                    marks.open("g", "class", "chart-legend", "font-size", "13", "font-weight", "bold")
                            .leaf("line", "x1", legend.lineX1(), "x2", legend.lineX2(), "y1", legend.leftLineY(),
                                    "y2", legend.leftLineY(), "stroke", LEFT, "stroke-width", "2")
                            .leaf("path", "d", legend.leftMarker(), "fill", LEFT)
                            .element("text", chart.leftName(), "x", legend.textX(), "y", legend.leftY())
                            .leaf("line", "x1", legend.lineX1(), "x2", legend.lineX2(), "y1", legend.rightLineY(),
                                    "y2", legend.rightLineY(), "stroke", RIGHT, "stroke-width", "2",
                                    "stroke-dasharray", "6 3")
                            .leaf("path", "d", legend.rightMarker(), "fill", RIGHT)
                            .element("text", chart.rightName(), "x", legend.textX(), "y", legend.rightY())
                            .close("g");
                    marks.open("g", "class", "chart-grid", "fill", "none", "stroke", "#aaaaaa", "stroke-width", "0.75");
                    for (Radar.Grid grid : chart.grid()) {
                        marks.leaf("polygon", "points", grid.points());
                    }
                    for (Radar.Axis axis : chart.axes()) {
                        marks.leaf("line", "x1", chart.cx(), "y1", chart.cy(), "x2", axis.x2(), "y2", axis.y2());
                    }
                    marks.close("g").open("g", "class", "chart-grid-labels", "font-size", "10", "fill", "#666666");
                    for (Radar.Grid grid : chart.grid()) {
                        marks.element("text", grid.label(), "x", grid.labelX(), "y", grid.labelY());
                    }
                    marks.close("g");
                    trace(marks, chart.left(), "trace trace-left", LEFT, null);
                    trace(marks, chart.right(), "trace trace-right", RIGHT, "6 3");
                    marks.open("g", "class", "chart-axis-labels");
                    for (Radar.Axis axis : chart.axes()) {
                        marks.open("text", "text-anchor", axis.anchor());
                        for (Radar.Line line : axis.lines()) {
                            if (line.text() != null) {
                                marks.element("tspan", line.text(), "x", line.x(), "y", line.y(), "font-weight",
                                        "bold");
                            }
                            if (line.unknownLeft()) {
                                marks.element("tspan", "○ " + words.of("chart.unknownFor", chart.leftName()), "x",
                                        line.x(), "y", line.y(), "font-style", "italic", "fill", LEFT);
                            }
                            if (line.unknownRight()) {
                                marks.element("tspan", "□ " + words.of("chart.unknownFor", chart.rightName()), "x",
                                        line.x(), "y", line.y(), "font-style", "italic", "fill", RIGHT);
                            }
                        }
                        marks.close("text");
                    }
                    marks.close("g");
                }, table -> {
                    head(table, Column.words(words.of("chart.dimension")), Column.figures(chart.leftName()),
                            Column.figures(chart.rightName()));
                    table.open("tbody");
                    for (Radar.Axis axis : chart.axes()) {
                        table.open("tr").element("th", axis.label(), "scope", "row")
                                .element("td", orUnknown(axis.leftValue(), words), "class", "text-end")
                                .element("td", orUnknown(axis.rightValue(), words), "class", "text-end")
                                .close("tr");
                    }
                    table.close("tbody");
                });
    }

    private static void trace(Markup marks, Radar.Trace trace, String classes, String colour, String dashes) {
        marks.open("g", "class", classes);
        if (trace.closed()) {
            marks.leaf("polygon", "points", trace.outlines().get(0), "fill", dashes == null ? colour : "none",
                    "fill-opacity", dashes == null ? "0.12" : null, "stroke", colour, "stroke-width", "2",
                    "stroke-dasharray", dashes);
        } else {
            for (String outline : trace.outlines()) {
                marks.leaf("polyline", "points", outline, "fill", "none", "stroke", colour, "stroke-width", "2",
                        "stroke-dasharray", dashes);
            }
        }
        for (Radar.Marker marker : trace.markers()) {
            marks.leaf("path", "d", marker.shape(), "fill", colour);
        }
        marks.close("g");
    }

    /** Companies on the scale from −100 (Alibaba-style) to +100 (ByteDance-style). */
    public static String styleScale(StyleScale chart, String id, String caption, Wording words) {
        return frame(id, caption, "style", chart.viewBox(), words.of("chart.style.desc", chart.placed().size(),
                chart.all().size()), words, marks -> {
                    marks.leaf("line", "class", "chart-axis", "x1", chart.axisX1(), "x2", chart.axisX2(), "y1",
                            chart.axisY(), "y2", chart.axisY(), "stroke", "currentColor", "stroke-width", "2");
                    marks.open("g", "class", "chart-ticks", "font-size", "11", "text-anchor", "middle");
                    for (StyleScale.Tick tick : chart.ticks()) {
                        marks.open("g").leaf("line", "x1", tick.x(), "x2", tick.x(), "y1", chart.tickTop(), "y2",
                                chart.tickBottom(), "stroke", "currentColor")
                                .element("text", tick.label(), "x", tick.x(), "y", chart.tickY()).close("g");
                    }
                    marks.close("g").open("g", "class", "chart-ends", "font-weight", "bold")
                            .element("text", "◀ " + words.of("chart.style.alibaba"), "x", chart.axisX1(), "y",
                                    chart.endY(), "text-anchor", "start")
                            .element("text", words.of("chart.style.bytedance") + " ▶", "x", chart.axisX2(), "y",
                                    chart.endY(), "text-anchor", "end")
                            .close("g");
                    for (StyleScale.Marker m : chart.placed()) {
                        marks.open("g", "class", "marker")
                                .leaf("line", "x1", m.x(), "x2", m.x(), "y1", m.leaderY1(), "y2", m.leaderY2(),
                                        "stroke", m.colour())
                                .leaf("path", "d", m.shape(), "stroke", "#ffffff", "stroke-width", "1", "fill",
                                        m.colour())
                                .element("text", m.name() + " " + m.value(), "x", m.labelX(), "y", m.labelY(),
                                        "text-anchor", "middle", "font-weight", "bold", "paint-order", "stroke",
                                        "stroke", "#ffffff", "stroke-width", "4", "stroke-linejoin", "round")
                                .close("g");
                    }
                    for (StyleScale.Marker m : chart.unknown()) {
                        marks.open("g", "class", "marker unknown")
                                .leaf("path", "d", m.shape(), "fill", "none", "stroke-width", "1.5", "stroke",
                                        m.colour())
                                .element("text", words.of("chart.unknownFor", m.name()), "x", m.labelX(), "y",
                                        m.labelY(), "font-style", "italic")
                                .close("g");
                    }
                }, table -> {
                    head(table, Column.words(words.of("chart.company")), Column.figures(words.of("chart.style.index")));
                    table.open("tbody");
                    for (StyleScale.Marker m : chart.all()) {
                        table.open("tr").element("th", m.name(), "scope", "row")
                                .element("td", orUnknown(m.value(), words), "class", "text-end").close("tr");
                    }
                    table.close("tbody");
                });
    }

    /** Model capability against commercialization, and the gap between them, per company. */
    public static String gapBars(GapBars chart, String id, String caption, Wording words) {
        String hatch = "url(#" + id + "-hatch)";
        return frame(id, caption, "gap", chart.viewBox(), words.of("chart.gap.desc", chart.companies().size()),
                words, marks -> {
                    hatch(marks, id, "#d5efe9", "#00695c");
                    GapBars.Legend legend = chart.legend();
                    marks.open("g", "class", "chart-legend")
                            .leaf("rect", "x", legend.swatchX(), "y", legend.capabilitySwatchY(), "width",
                                    legend.swatchSize(), "height", legend.swatchSize(), "fill", "#37474f", "stroke",
                                    "#37474f")
                            .element("text", words.of("chart.gap.capability"), "x", legend.textX(), "y",
                                    legend.capabilityY())
                            .leaf("rect", "x", legend.swatchX(), "y", legend.commercializationSwatchY(), "width",
                                    legend.swatchSize(), "height", legend.swatchSize(), "stroke", "#00695c", "fill",
                                    hatch)
                            .element("text", words.of("chart.gap.commercialization"), "x", legend.textX(), "y",
                                    legend.commercializationY())
                            .close("g");
                    grid(marks, chart.ticks().stream().map(GapBars.Tick::x).toList(), chart.gridTop(),
                            chart.scaleY());
                    for (GapBars.Company c : chart.companies()) {
                        marks.open("g", "class", "company")
                                .element("text", c.name(), "x", c.nameX(), "y", c.nameY(), "font-weight", "bold")
                                .element("text", c.gapKnown() ? words.of("chart.gap.label", c.gap())
                                        : words.of("chart.gap.unknown"), "x", c.gapX(), "y", c.nameY(),
                                        "text-anchor", "end");
                        GapBars.Bar capability = c.capability();
                        if (capability.known()) {
                            marks.leaf("rect", "class", "bar bar-capability", "x", capability.x(), "y",
                                    capability.y(), "width", capability.width(), "height", capability.height(),
                                    "fill", "#37474f", "stroke", "#37474f");
                        }
                        marks.element("text", orUnknown(capability.value(), words), "x", capability.textX(), "y",
                                capability.textY(), "font-style", capability.known() ? null : "italic");
                        GapBars.Bar commercialization = c.commercialization();
                        if (commercialization.known()) {
                            marks.leaf("rect", "class", "bar bar-commercialization", "x", commercialization.x(), "y",
                                    commercialization.y(), "width", commercialization.width(), "height",
                                    commercialization.height(), "stroke", "#00695c", "fill", hatch);
                        }
                        marks.element("text", orUnknown(commercialization.value(), words), "x",
                                commercialization.textX(), "y", commercialization.textY(), "font-style",
                                commercialization.known() ? null : "italic");
                        if (c.gapKnown()) {
                            marks.leaf("line", "class", "gap-mark", "x1", c.markX(), "x2", c.markX(), "y1",
                                    c.markY1(), "y2", c.markY2(), "stroke", "currentColor", "stroke-width", "1.25",
                                    "stroke-dasharray", "2 2");
                        }
                        marks.close("g");
                    }
                    marks.open("g", "class", "chart-ticks", "font-size", "11", "text-anchor", "middle");
                    for (GapBars.Tick tick : chart.ticks()) {
                        marks.element("text", tick.label(), "x", tick.x(), "y", chart.tickY());
                    }
                    marks.close("g");
                }, table -> {
                    head(table, Column.words(words.of("chart.company")),
                            Column.figures(words.of("chart.gap.capability")),
                            Column.figures(words.of("chart.gap.commercialization")),
                            Column.figures(words.of("chart.gap.gap")));
                    table.open("tbody");
                    for (GapBars.Company c : chart.companies()) {
                        table.open("tr").element("th", c.name(), "scope", "row")
                                .element("td", orUnknown(c.capability().value(), words), "class", "text-end")
                                .element("td", orUnknown(c.commercialization().value(), words), "class", "text-end")
                                .element("td", orUnknown(c.gap(), words), "class", "text-end").close("tr");
                    }
                    table.close("tbody");
                });
    }

    /** Each score with the range it could take, and the score on evidence only. */
    public static String rangeBars(RangeBars chart, String id, String caption, Wording words) {
        return frame(id, caption, "range", chart.viewBox(), words.of("chart.range.desc", chart.rows().size()), words,
                marks -> {
                    RangeBars.Legend legend = chart.legend();
                    marks.open("g", "class", "chart-legend")
                            .leaf("circle", "cx", legend.dotX(), "cy", legend.y(), "r", "4", "fill", LEFT)
                            .element("text", words.of("chart.range.estimate"), "x", legend.dotTextX(), "y",
                                    legend.textY())
                            .leaf("circle", "cx", legend.ringX(), "cy", legend.y(), "r", "4", "fill", "#ffffff",
                                    "stroke", LEFT, "stroke-width", "1.5")
                            .element("text", words.of("chart.range.evidenceOnly"), "x", legend.ringTextX(), "y",
                                    legend.textY())
                            .leaf("rect", "x", legend.bandX(), "y", "9", "width", legend.bandWidth(), "height", "10",
                                    "fill", "#c6dbef", "stroke", "#6b8fb8")
                            .element("text", words.of("chart.range.band"), "x", legend.bandTextX(), "y",
                                    legend.textY())
                            .close("g");
                    grid(marks, chart.ticks().stream().map(RangeBars.Tick::x).toList(), chart.gridTop(),
                            chart.gridBottom());
                    for (RangeBars.Row row : chart.rows()) {
                        marks.open("g", "class", "range-row").element("text", row.name(), "x", row.nameX(), "y",
                                row.nameY(), "font-weight", row.emphasis() ? "bold" : null);
                        if (row.known()) {
                            marks.leaf("rect", "class", "range-band", "x", row.bandX(), "y", row.bandY(), "width",
                                    row.bandWidth(), "height", "10", "fill", "#c6dbef", "stroke", "#6b8fb8");
                            if (row.ringX() != null) {
                                marks.leaf("circle", "class", "range-evidence-only", "cx", row.ringX(), "cy",
                                        row.markY(), "r", "4", "fill", "#ffffff", "stroke", LEFT, "stroke-width",
                                        "1.5");
                            }
                            marks.leaf("circle", "class", "range-estimate", "cx", row.dotX(), "cy", row.markY(), "r",
                                    "4", "fill", LEFT)
                                    .element("text", words.of("chart.range.figures", row.estimate(), row.low(),
                                            row.high()), "x", row.textX(), "y", row.textY());
                        } else {
                            marks.element("text", words.of("score.notEnoughEvidence"), "class", "no-evidence", "x",
                                    row.textX(), "y", row.textY(), "font-style", "italic");
                        }
                        marks.close("g");
                    }
                    marks.open("g", "class", "chart-ticks", "text-anchor", "middle", "font-size", "11");
                    for (RangeBars.Tick tick : chart.ticks()) {
                        marks.element("text", tick.label(), "x", tick.x(), "y", chart.tickY());
                    }
                    marks.close("g");
                }, table -> {
                    head(table, Column.words(words.of("chart.range.name")),
                            Column.figures(words.of("chart.range.estimate")),
                            Column.figures(words.of("chart.range.evidenceOnly")),
                            Column.figures(words.of("chart.range.low")), Column.figures(words.of("chart.range.high")));
                    table.open("tbody");
                    for (RangeBars.Row row : chart.rows()) {
                        table.open("tr").element("th", row.name(), "scope", "row");
                        if (row.known()) {
                            table.element("td", row.estimate(), "class", "text-end")
                                    .element("td", orUnknown(row.evidenceOnly(), words), "class", "text-end")
                                    .element("td", row.low(), "class", "text-end")
                                    .element("td", row.high(), "class", "text-end");
                        } else {
                            table.element("td", words.of("score.notEnoughEvidence"), "colspan", "4");
                        }
                        table.close("tr");
                    }
                    table.close("tbody");
                });
    }

    /** The figure around a chart's marks and its table; see the frame fragment of the templates. */
    private static String frame(String id, String caption, String kind, String viewBox, String description,
            Wording words, Consumer<Markup> marks, Consumer<Markup> table) {
        Markup figure = new Markup();
        figure.open("figure", "class", "chart chart-" + kind, "id", id)
                .element("figcaption", caption)
                .open("svg", "xmlns", "http://www.w3.org/2000/svg", "role", "img", "width", "100%", "class",
                        "chart-svg", "font-family", FONTS, "font-size", "12", "fill", "currentColor", "viewBox",
                        viewBox, "aria-labelledby", id + "-title", "aria-describedby", id + "-desc")
                .element("title", caption, "id", id + "-title")
                .element("desc", description, "id", id + "-desc");
        marks.accept(figure);
        figure.close("svg")
                .open("details", "class", "chart-data")
                .element("summary", words.of("chart.table"))
                .open("div", "class", "table-responsive")
                .open("table", "class", "table table-sm caption-top")
                .element("caption", caption);
        table.accept(figure);
        return figure.close("table").close("div").close("details").close("figure").toString();
    }

    /** A column of a chart's table: its heading, and whether it holds figures (set to the right). */
    private record Column(String heading, boolean figures) {

        static Column words(String heading) {
            return new Column(heading, false);
        }

        static Column figures(String heading) {
            return new Column(heading, true);
        }
    }

    private static void head(Markup table, Column... columns) {
        table.open("thead").open("tr");
        for (Column column : columns) {
            table.element("th", column.heading(), "scope", "col", "class", column.figures() ? "text-end" : null);
        }
        table.close("tr").close("thead");
    }

    /** Dashed grey lines across the chart at each tick. */
    private static void grid(Markup marks, List<String> xs, String top, String bottom) {
        marks.open("g", "class", "chart-grid", "stroke", "#aaaaaa", "stroke-width", "0.75", "stroke-dasharray", "3 3");
        for (String x : xs) {
            marks.leaf("line", "x1", x, "x2", x, "y1", top, "y2", bottom);
        }
        marks.close("g");
    }

    private static void hatch(Markup marks, String id, String background, String stroke) {
        marks.open("defs").open("pattern", "id", id + "-hatch", "patternUnits", "userSpaceOnUse", "width", "6",
                "height", "6", "patternTransform", "rotate(45)")
                .leaf("rect", "width", "6", "height", "6", "fill", background)
                .leaf("line", "x1", "0", "y1", "0", "x2", "0", "y2", "6", "stroke", stroke, "stroke-width", "3")
                .close("pattern").close("defs");
    }

    private static String orUnknown(String value, Wording words) {
        return value != null ? value : words.of("chart.unknown");
    }
}
