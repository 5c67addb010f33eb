package ai.scorecard.api;

import ai.scorecard.products.ProductQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Companies, products and their facts, as the catalog pages list them. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@RequiredArgsConstructor
@Tag(name = CatalogApi.TAG, description = "Companies, products and the facts about them.")
class CatalogApi {

    static final String TAG = "Catalog";

    static final String HISTORY = "false (the default): only the current facts; true: the whole ledger, superseded and "
            + "retracted facts too.";

    private final Datasets datasets;

    @GetMapping("/companies")
    @Operation(summary = "Every company", description = "Every company, by English name, as /companies lists them.")
    CompanyList companies() {
        return datasets.companies();
    }

    @GetMapping("/companies/{slug}")
    @Operation(summary = "A company and its scores",
            description = "A company with its scores and its products' scores, as /companies/{slug} shows them.")
    CompanyDetail company(@PathVariable @Parameter(description = "The company's slug, e.g. bytedance.") String slug,
            @RequestParam(defaultValue = "official") @Parameter(description = ScoresApi.LENS) String lens,
            @RequestParam(required = false) @Parameter(description = ScoresApi.VERSION) Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Parameter(description = ScoresApi.AS_OF)
            LocalDate asOf) {
        return datasets.company(slug, lens, version, asOf);
    }

    @GetMapping("/companies/{slug}/facts")
    @Operation(summary = "A company's facts", description = "The facts about the company itself (its products' are "
            + "under /products/{slug}/facts), with their sources.")
    FactList companyFacts(@PathVariable @Parameter(description = "The company's slug.") String slug,
            @RequestParam(defaultValue = "false") @Parameter(description = HISTORY) boolean history) {
        return datasets.companyFacts(slug, history);
    }

    @GetMapping("/products")
    @Operation(summary = "Products, filtered and a page at a time",
            description = "The products that match the filters, with the filters, order and paging of /products.")
    @Parameter(name = "company", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
            description = "Only this company's products (its slug).")
    @Parameter(name = "category", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
            description = "Only this category, as CODING_TOOL or coding-tool.")
    @Parameter(name = "stage", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
            description = "Only this stage, as LAUNCHED or launched.")
    @Parameter(name = "q", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
            description = "Only products whose English or Chinese name, summary or company name holds this text, in "
                    + "any case.")
    @Parameter(name = "sort", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
            description = "The order: name (the default), company, category, stage or launched.")
    @Parameter(name = "dir", in = ParameterIn.QUERY, schema = @Schema(type = "string"),
            description = "asc (the default) or desc.")
    @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = "integer"),
            description = "The page, from 1 (the default).")
    @Parameter(name = "size", in = ParameterIn.QUERY, schema = @Schema(type = "integer"),
            description = "Products a page, 1 to 100 (20 by default).")
    ProductPage products(@Valid @ModelAttribute @Parameter(hidden = true) ProductQuery query) {
        return datasets.products(query);
    }

    @GetMapping("/products/{slug}")
    @Operation(summary = "A product and its scores",
            description = "A product with its scores and every indicator behind them, as /products/{slug} shows them.")
    ProductDetail product(@PathVariable @Parameter(description = "The product's slug, e.g. doubao.") String slug,
            @RequestParam(defaultValue = "official") @Parameter(description = ScoresApi.LENS) String lens,
            @RequestParam(required = false) @Parameter(description = ScoresApi.VERSION) Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Parameter(description = ScoresApi.AS_OF)
            LocalDate asOf) {
        return datasets.product(slug, lens, version, asOf);
    }

    @GetMapping("/products/{slug}/facts")
    @Operation(summary = "A product's facts", description = "The facts about the product, with their sources.")
    FactList productFacts(@PathVariable @Parameter(description = "The product's slug.") String slug,
            @RequestParam(defaultValue = "false") @Parameter(description = HISTORY) boolean history) {
        return datasets.productFacts(slug, history);
    }
}
