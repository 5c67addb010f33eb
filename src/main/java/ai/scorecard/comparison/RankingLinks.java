package ai.scorecard.comparison;

import ai.scorecard.catalog.Category;
import ai.scorecard.web.KebabCase;
import java.net.URLEncoder;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;

/**
 * Links to the other pages of the same ranking, and to its download: same category, same lens, same methodology
 * version, same day.
 */
public record RankingLinks(Category category, String lens, Integer version, LocalDate asOf) {

    /** A product's page as this ranking shows it: the same methodology version, the same day. */
    public String product(String slug) {
        StringBuilder link = new StringBuilder("/products/").append(URLEncoder.encode(slug, StandardCharsets.UTF_8));
        String separator = "?";
        if (version != null) {
            link.append(separator).append("version=").append(version);
            separator = "&";
        }
        if (asOf != null) {
            link.append(separator).append("asOf=").append(asOf);
        }
        return link.toString();
    }

    public String page(int number) {
        return link("/rankings?").append("&page=").append(number).toString();
    }

    /** The scores of this ranking as a file: {@code csv} or {@code xlsx}. */
    public String download(String format) {
        return link("/export/scores." + format + "?").toString();
    }

    private StringBuilder link(String path) {
        StringBuilder link = new StringBuilder(path);
        if (category != null) {
            link.append("category=").append(KebabCase.of(category)).append('&');
        }
        link.append("lens=").append(URLEncoder.encode(lens, StandardCharsets.UTF_8));
        if (version != null) {
            link.append("&version=").append(version);
        }
        if (asOf != null) {
            link.append("&asOf=").append(asOf);
        }
        return link;
    }
}
