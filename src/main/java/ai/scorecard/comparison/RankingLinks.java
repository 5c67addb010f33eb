package ai.scorecard.comparison;

import ai.scorecard.product.Category;
import ai.scorecard.web.KebabCase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links to the other pages of the same ranking: same category, same lens. */
public record RankingLinks(Category category, String lens) {

    public String page(int number) {
        StringBuilder link = new StringBuilder("/rankings?");
        if (category != null) {
            link.append("category=").append(KebabCase.of(category)).append('&');
        }
        return link.append("lens=").append(URLEncoder.encode(lens, StandardCharsets.UTF_8))
                .append("&page=").append(number).toString();
    }
}
