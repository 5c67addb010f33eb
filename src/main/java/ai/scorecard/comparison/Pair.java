package ai.scorecard.comparison;

import ai.scorecard.web.WideCharacters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.unbescape.html.HtmlEscape;

/**
 * Two companies compared, as what fills a comparison's {@link Frame}: their names, slugs and links escaped here,
 * each company's side drawn and kept ({@link Sides}), the charts and the verdict drawn for the pair, and which
 * categories and traits it has rows for. A request the page cannot answer fills only the form and the problem.
 */
final class Pair implements Frame.Filling {

    private final ComparisonRequest asked;
    private final CompanyChoices.Choices choices;
    private final Comparison comparison;
    private final Sides sides;
    private final ComparisonCharts.Drawn charts;
    private final String reading;
    private final String problemValue;
    /** Who leads each dimension and category, by the argument of its {@code leader:…} mark, escaped. */
    private final Map<String, String> leaders = new HashMap<>();
    private final Set<String> rows = new HashSet<>();

    private Pair(ComparisonRequest asked, CompanyChoices.Choices choices, Comparison comparison, Sides sides,
            ComparisonCharts.Drawn charts, String reading, String noLeader, String problemValue, boolean narrow) {
        this.asked = asked;
        this.choices = choices;
        this.comparison = comparison;
        this.sides = sides;
        this.charts = charts;
        this.reading = reading;
        this.problemValue = problemValue;
        if (comparison != null) {
            for (Comparison.DimensionRow row : comparison.dimensions()) {
                leaders.put("dimension:" + row.dimension(), row.leader() == Comparison.Leader.NONE ? noLeader
                        : leaderMark(row.leader(), narrow));
            }
            for (Comparison.CategoryRow row : comparison.categories()) {
                leaders.put("category:" + row.category(), leaderMark(row.leader(), narrow));
                rows.add("category:" + row.category());
            }
            for (Comparison.TraitRow row : comparison.playbook()) {
                rows.add("trait:" + row.signal().code());
            }
        }
    }

    /**
     * @param frame the frame the pair goes into, which says in its language that no one leads
     * @param reading the verdict, drawn for this pair
     */
    static Pair compared(ComparisonRequest asked, CompanyChoices.Choices choices, Comparison comparison, Sides sides,
            ComparisonCharts.Drawn charts, String reading, Frame frame) {
        return new Pair(asked, choices, comparison, sides, charts,
                frame.narrow() ? WideCharacters.asReferencesAlways(reading) : reading, frame.noLeader(), null,
                frame.narrow());
    }

    /** A request the page cannot answer: the form, as asked, and what of the request is wrong. */
    static Pair problem(ComparisonRequest asked, CompanyChoices.Choices choices, String problemValue) {
        return new Pair(asked, choices, null, null, null, null, null, problemValue, false);
    }

    @Override
    public String piece(Frame.Slot slot) {
        if (slot.side() != null) {
            return sidePiece(slot);
        }
        return switch (slot.kind()) {
            case "permalink" -> escape(asked.permalink(comparison.methodologyVersion(), comparison.day()));
            case "swapped" -> escape(asked.swapped());
            case "withLens" -> escape(asked.withLens(slot.argument()));
            case "reading" -> reading;
            case "leader" -> leaders.getOrDefault(slot.argument(), "");
            case "chart" -> chart(slot.argument());
            case "problemValue" -> escape(problemValue);
            default -> throw new IllegalStateException("A comparison has no piece " + slot.name());
        };
    }

    @Override
    public boolean shows(String row) {
        return rows.contains(row);
    }

    private String sidePiece(Frame.Slot slot) {
        boolean left = slot.left();
        switch (slot.kind()) {
            case "options":
                return choices.options(left ? asked.left() : asked.right());
            case "name":
                return escape((left ? comparison.left() : comparison.right()).name());
            case "slug":
                return escape((left ? comparison.left() : comparison.right()).slug());
            default:
                DrawnSides.DrawnSide side = left ? sides.left() : sides.right();
                return slot.kind().equals("column") ? side.column(slot.name()) : side.piece(slot.name());
        }
    }

    private String chart(String name) {
        return switch (name) {
            case "bars" -> charts.bars();
            case "radar" -> charts.radar();
            case "style" -> charts.style();
            case "gaps" -> charts.gaps();
            case "ranges" -> charts.ranges();
            default -> throw new IllegalStateException("A comparison has no chart " + name);
        };
    }

    private String leaderMark(Comparison.Leader leader, boolean narrow) {
        String mark = escape(comparison.leaderMark(leader));
        return narrow ? WideCharacters.asReferencesAlways(mark) : mark;
    }

    private static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
