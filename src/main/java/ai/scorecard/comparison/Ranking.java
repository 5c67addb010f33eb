package ai.scorecard.comparison;

import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.Product;
import ai.scorecard.scoreboard.Standings;
import ai.scorecard.scoring.Contribution;
import ai.scorecard.scoring.ProductScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Products ranked by their commercialization estimate; products without enough evidence for a score come
 * last, unranked, never as 0.
 */
public record Ranking(List<Row> rows) {

    /** One page of a ranking: rows {@code from} to {@code from + rows.size()} of {@code total}, counted from 0. */
    public record Page(List<Row> rows, int number, int pages, int from, int total) {

        /** The rows of this page with a score, in rank order. */
        public List<Row> ranked() {
            return rows.stream().filter(row -> row.rank() > 0).toList();
        }

        /** The rows without enough evidence for a score: they come after every ranked row. */
        public List<Row> unranked() {
            return rows.stream().filter(row -> row.rank() == 0).toList();
        }

        public boolean first() {
            return number == 1;
        }

        public boolean last() {
            return number >= pages;
        }
    }

    /**
     * The rows of page {@code number} (from 1) with {@code size} rows a page.
     *
     * @throws IllegalArgumentException when there is no such page (a ranking with no row has page 1, empty)
     */
    public Page page(int number, int size) {
        int pages = Math.max(1, (rows.size() + size - 1) / size);
        if (number < 1 || number > pages) {
            throw new IllegalArgumentException("No page " + number + " of " + pages);
        }
        int from = (number - 1) * size;
        return new Page(rows.subList(from, Math.min(rows.size(), from + size)), number, pages, from, rows.size());
    }

    /**
     * @param rank the place among known scores (1 first), or 0 for an unknown score
     */
    public record Row(int rank, Product product, String name, String companyName, ProductScore score) {
    }

    /** The products of the standings (of one category, unless null) in rank order, named in the given language. */
    public static Ranking of(Standings standings, Category category, Locale locale) {
        return of(standings, category, null, locale);
    }

    /** The same, of one company's products only, unless its slug is null. */
    public static Ranking of(Standings standings, Category category, String company, Locale locale) {
        Map<String, Product> bySlug = standings.productsBySlug();
        List<ProductScore> scores = new ArrayList<>();
        for (var scored : standings.companies()) {
            if (company != null && !company.equals(scored.slug())) {
                continue;
            }
            for (Contribution contribution : scored.products()) {
                Product product = bySlug.get(contribution.product().slug());
                if (category == null || product.getCategory() == category) {
                    scores.add(contribution.product());
                }
            }
        }
        scores.sort(Comparator.<ProductScore>comparingInt(s -> s.overall().isPresent() ? 0 : 1)
                .thenComparing(s -> -s.overall().orElse(0))
                .thenComparing(s -> bySlug.get(s.slug()).getNameEn()));
        List<Row> rows = new ArrayList<>(scores.size());
        int rank = 0;
        for (ProductScore score : scores) {
            Product product = bySlug.get(score.slug());
            rows.add(new Row(score.overall().isPresent() ? ++rank : 0, product, product.name(locale),
                    product.getCompany().name(locale), score));
        }
        return new Ranking(rows);
    }
}
