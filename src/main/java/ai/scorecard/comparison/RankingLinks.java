package ai.scorecard.comparison;

import ai.scorecard.catalog.Category;
import ai.scorecard.web.KebabCase;
import ai.scorecard.scoreboard.Disputed;
import java.net.URLEncoder;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;

/**
 * Links to the other pages of the same ranking, and to its download: same category, same company (every one when
 * null), same lens, same methodology version, same day, and disputed facts left out or not, as here.
 */
public record RankingLinks(Category category, String company, String lens, Integer version, LocalDate asOf,
        Disputed disputed) {

    public RankingLinks(Category category, String lens, Integer version) {
        this(category, null, lens, version, null, Disputed.INCLUDE);
    }

    /** The ranking's first page. */
    public String first() {
        return link("/rankings?").append(excluding() ? "&disputed=exclude" : "").toString();
    }

    /** A product's page as this ranking shows it: the same methodology version, the same day, the same facts. */
    public String product(String slug) {
        return subject("/products/", slug, version, asOf, disputed);
    }

    /**
     * A company's or product's page ({@code path} is {@code /companies/} or {@code /products/}) under a methodology
     * version, on a day, with disputed facts left out or not, each only when not the default.
     */
    static String subject(String path, String slug, Integer version, LocalDate asOf, Disputed disputed) {
        String options = (version != null ? "&version=" + version : "") + (asOf != null ? "&asOf=" + asOf : "")
                + (disputed != null && disputed.excluded() ? "&disputed=exclude" : "");
        return path + URLEncoder.encode(slug, StandardCharsets.UTF_8) + (options.isEmpty() ? "" : "?" + options.substring(1));
    }

    public String page(int number) {
        return link("/rankings?").append(excluding() ? "&disputed=exclude" : "").append("&page=").append(number).toString();
    }

    /**
     * The scores of this ranking as a file: {@code csv} or {@code xlsx}; files count every fact, disputed or not,
     * and hold every company's products.
     */
    public String download(String format) {
        return link("/export/scores." + format + "?", false).toString();
    }

    private boolean excluding() {
        return disputed != null && disputed.excluded();
    }

    private StringBuilder link(String path) {
        return link(path, true);
    }

    private StringBuilder link(String path, boolean withCompany) {
        StringBuilder link = new StringBuilder(path);
        if (category != null) {
            link.append("category=").append(KebabCase.of(category)).append('&');
        }
        if (withCompany && company != null) {
            link.append("company=").append(URLEncoder.encode(company, StandardCharsets.UTF_8)).append('&');
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
