package ai.scorecard.sources;

import ai.scorecard.source.SourceOrder;
import ai.scorecard.web.KebabCase;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The source list's request parameters, as the reader typed them; pages count from 1 in URLs. The links to the
 * other pages come from here, so none drops the filter or the order.
 */
public record SourceQuery(@Size(max = 200) String q, SourceOrder sort, @Min(1) @Max(100_000) Integer page) {

    static final int PAGE_SIZE = 50;

    public SourceOrder sortOrDefault() {
        return sort == null ? SourceOrder.NEWEST : sort;
    }

    int pageOrFirst() {
        return page == null ? 1 : page;
    }

    /** The same list on another page. */
    public String pageLink(int number) {
        return link(sortOrDefault(), number);
    }

    private String link(SourceOrder order, int number) {
        StringJoiner query = new StringJoiner("&", "/sources?", "").setEmptyValue("/sources");
        if (q != null && !q.isBlank()) {
            query.add("q=" + URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
        }
        if (order != SourceOrder.NEWEST) {
            query.add("sort=" + KebabCase.of(order));
        }
        if (number > 1) {
            query.add("page=" + number);
        }
        return query.toString();
    }
}
