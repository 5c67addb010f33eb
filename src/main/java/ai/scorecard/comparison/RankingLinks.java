package ai.scorecard.comparison;

import ai.scorecard.product.Category;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Links to the other pages of the same ranking: same category, same lens. */
public record RankingLinks(Category category, String lens) {

    public String page(int number) {
        StringBuilder link = new StringBuilder("/rankings?");
        if (category != null) {
            // The kebab-case spelling the category parameter is read in.
            link.append("category=").append(category.name().toLowerCase(Locale.ROOT).replace('_', '-')).append('&');
        }
        return link.append("lens=").append(URLEncoder.encode(lens, StandardCharsets.UTF_8))
                .append("&page=").append(number).toString();
    }
}
