package ai.scorecard.comparison;

import ai.scorecard.catalog.Category;
import ai.scorecard.scoreboard.Disputed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * What the reader asked to compare, as typed; also writes the page's links. The day is a past day the reader
 * asked for (null for today), and every link keeps it, as it keeps whether disputed facts are left out.
 */
public record ComparisonRequest(String left, String right, String lens, Integer version, LocalDate asOf,
        Disputed disputed) {

    /** Today, counting every fact, disputed or not. */
    public ComparisonRequest(String left, String right, String lens, Integer version) {
        this(left, right, lens, version, null, Disputed.INCLUDE);
    }

    /** Unsaid is counting them, so that both spellings of a request are one comparison, kept once. */
    public ComparisonRequest {
        disputed = Disputed.orInclude(disputed);
    }

    /** What is asked of any pair: the lens, version, day and facts, without the two companies. */
    public ComparisonRequest withoutPair() {
        return new ComparisonRequest(null, null, lens, version, asOf, disputed);
    }

    /** The same comparison under another lens. */
    public String withLens(String otherLens) {
        return link(left, right, otherLens, version, asOf, disputed);
    }

    /**
     * This comparison pinned to the methodology version it was computed with and the day it shows, so that the
     * link shows the same numbers whatever is recorded, retracted or published after.
     */
    public String permalink(int usedVersion, LocalDate shownDay) {
        return link(left, right, lens, usedVersion, shownDay, disputed);
    }

    /** A company's page as this comparison shows it: the same methodology version, day and facts. */
    public String company(String slug) {
        return RankingLinks.subject("/companies/", slug, version, asOf, disputed);
    }

    /** A product's page as this comparison shows it: the same methodology version, day and facts. */
    public String product(String slug) {
        return RankingLinks.subject("/products/", slug, version, asOf, disputed);
    }

    /** All of one side's products in a category, ranked under this comparison's lens, version and day. */
    public String allProducts(String company, Category category) {
        return new RankingLinks(category, company, lens, version, asOf, disputed).first();
    }

    /** The two companies the other way round. */
    public String swapped() {
        return link(right, left, lens, version, asOf, disputed);
    }

    private static String link(String left, String right, String lens, Integer version, LocalDate asOf,
            Disputed disputed) {
        String link = "/compare?left=" + encode(left) + "&right=" + encode(right) + "&lens=" + encode(lens);
        link = version == null ? link : link + "&version=" + version;
        link = asOf == null ? link : link + "&asOf=" + asOf;
        return disputed.excluded() ? link + "&disputed=exclude" : link;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
