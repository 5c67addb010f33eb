package ai.scorecard.comparison;

import ai.scorecard.catalog.Category;
import java.util.Map;

/**
 * The two sides of a head-to-head as drawn HTML, category by category (see {@link DrawnSides}); the comparison's
 * template puts each next to the other.
 */
public record SideColumns(Map<Category, String> left, Map<Category, String> right) {

    /** One side's cards in a category; empty when it has no product there. */
    public String column(boolean leftSide, Category category) {
        return (leftSide ? left : right).getOrDefault(category, "");
    }
}
