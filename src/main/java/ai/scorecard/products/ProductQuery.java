package ai.scorecard.products;

import ai.scorecard.catalog.Category;
import ai.scorecard.catalog.ProductFilter;
import ai.scorecard.catalog.ProductOrder;
import ai.scorecard.catalog.Stage;
import ai.scorecard.web.KebabCase;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The product list's request parameters, as the reader typed them. Pages count from 1 in URLs.
 * Every link the list page draws (sort headers, pages) comes from here, so no link drops a filter.
 */
public record ProductQuery(
        @Size(max = 60) String company,
        Category category,
        Stage stage,
        @Size(max = 200) String q,
        ProductOrder sort,
        Direction dir,
        @Min(1) @Max(100_000) Integer page,
        @Min(1) @Max(100) Integer size) {

    static final int DEFAULT_SIZE = 20;

    public enum Direction {
        ASC,
        DESC
    }

    public ProductFilter filter() {
        return new ProductFilter(company, category, stage, q, sortOrDefault(), dir == Direction.DESC);
    }

    public Pageable pageable() {
        return PageRequest.of(pageOrFirst() - 1, sizeOrDefault());
    }

    public int pageOrFirst() {
        return page == null ? 1 : page;
    }

    public int sizeOrDefault() {
        return size == null ? DEFAULT_SIZE : size;
    }

    public ProductOrder sortOrDefault() {
        return sort == null ? ProductOrder.NAME : sort;
    }

    public boolean descending() {
        return dir == Direction.DESC;
    }

    /** The same list on another page. */
    public String pageLink(int number) {
        return link(sort, dir, number);
    }

    /** The list sorted by a column: ascending first, and a second click on the sorted column flips it. */
    public String sortLink(ProductOrder column) {
        boolean flip = sortOrDefault() == column && !descending();
        return link(column, flip ? Direction.DESC : Direction.ASC, 1);
    }

    /** The same products, every one of them on no page, as a file: {@code csv} or {@code xlsx}. */
    public String download(String format) {
        return filtered("/export/products." + format, sort, dir).toString();
    }

    private String link(ProductOrder order, Direction direction, int number) {
        StringJoiner query = filtered("/products", order, direction);
        add(query, "page", number == 1 ? null : String.valueOf(number));
        add(query, "size", size == null ? null : String.valueOf(size));
        return query.toString();
    }

    private StringJoiner filtered(String path, ProductOrder order, Direction direction) {
        StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        add(query, "company", company);
        add(query, "category", category == null ? null : KebabCase.of(category));
        add(query, "stage", stage == null ? null : KebabCase.of(stage));
        add(query, "q", q);
        add(query, "sort", order == null ? null : KebabCase.of(order));
        add(query, "dir", direction == null ? null : KebabCase.of(direction));
        return query;
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
