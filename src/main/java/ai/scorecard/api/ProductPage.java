package ai.scorecard.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of the products asked for, as /products shows it. */
@Schema(description = "One page of the products that match the filters, in the order asked for.")
public record ProductPage(
        @Schema(description = "This page's number, from 1.")
        int page,
        @Schema(description = "How many products a page holds.")
        int size,
        @JsonProperty("total_items") @Schema(description = "How many products match the filters, on all pages.")
        long totalItems,
        @JsonProperty("total_pages") @Schema(description = "How many pages they fill (0 when none matches).")
        int totalPages,
        @Schema(description = "The products on this page.")
        List<ProductRecord> items) {
}
