package ai.scorecard.export;

import ai.scorecard.api.Datasets;
import ai.scorecard.api.ScoreSheet;
import ai.scorecard.catalog.Category;
import ai.scorecard.products.ProductQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The downloads: {@code /export/{table}.csv} or {@code .xlsx}, for anyone. The records are read in full before the
 * first byte is written, so a refusal (an unknown lens, version or format) is still a problem detail and not half a
 * file.
 */
@Controller
@RequiredArgsConstructor
@Tag(name = "Exports", description = "The same data as CSV (UTF-8 with BOM) and XLSX files.")
@ApiResponse(responseCode = "200", description = "The file.", content = {@Content(mediaType = "text/csv"),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
class ExportController {

    private static final String FORMAT = "csv or xlsx; any other is 404.";

    private final Datasets datasets;
    private final Clock clock;

    @GetMapping("/export/companies.{format}")
    @Operation(summary = "Every company", description = "The columns of the seed's companies.csv, and product_count.")
    void companies(@PathVariable @Parameter(description = FORMAT) String format, HttpServletResponse response)
            throws IOException {
        Format chosen = Format.of(format);
        send(chosen, Tables.companies(datasets.companies().items()), "companies-" + today(), response);
    }

    @GetMapping("/export/products.{format}")
    @Operation(summary = "Products, filtered as /products filters them",
            description = "The columns of the seed's products.csv, every product the filters let through (company, "
                    + "category, stage, q, sort, dir as /api/v1/products takes them), on no page.")
    void products(@PathVariable @Parameter(description = FORMAT) String format,
            @Valid @ModelAttribute @Parameter(hidden = true) ProductQuery query, HttpServletResponse response)
            throws IOException {
        Format chosen = Format.of(format);
        send(chosen, Tables.products(datasets.allProducts(query)), "products-" + today(), response);
    }

    @GetMapping("/export/facts.{format}")
    @Operation(summary = "Every current fact with its source",
            description = "The columns of the seed's facts.csv (source: the key of /export/sources), then the fact's "
                    + "id, when it was recorded and its source in full.")
    void facts(@PathVariable @Parameter(description = FORMAT) String format, HttpServletResponse response)
            throws IOException {
        Format chosen = Format.of(format);
        send(chosen, Tables.facts(datasets.currentFacts()), "facts-" + today(), response);
    }

    @GetMapping("/export/sources.{format}")
    @Operation(summary = "Every source", description = "The columns of the seed's sources.csv, keyed by id.")
    void sources(@PathVariable @Parameter(description = FORMAT) String format, HttpServletResponse response)
            throws IOException {
        Format chosen = Format.of(format);
        send(chosen, Tables.sources(datasets.sources()), "sources-" + today(), response);
    }

    @GetMapping("/export/scores.{format}")
    @Operation(summary = "Every company's and product's scores",
            description = "One row per company, then per product in ranking order, under a lens and methodology "
                    + "version: the numbers of /api/v1/scores. An unknown figure is an empty cell, never 0.")
    void scores(@PathVariable @Parameter(description = FORMAT) String format,
            @RequestParam(defaultValue = "official") @Parameter(description = "The lens (official by default).")
            String lens,
            @RequestParam(required = false) @Parameter(description = "The methodology version (the current one by "
                    + "default).") Integer version,
            @RequestParam(required = false) @Parameter(description = "Rank only this category's products.")
            Category category,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Parameter(description = "A past day: "
                    + "the scores as they stood at its end (today by default).") LocalDate asOf,
            HttpServletResponse response) throws IOException {
        Format chosen = Format.of(format);
        ScoreSheet sheet = datasets.scores(lens, version, category, asOf);
        String name = "scores-" + sheet.basis().lens() + "-v" + sheet.basis().methodologyVersion()
                + (category == null ? "" : "-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                + "-" + sheet.basis().asOf();
        send(chosen, Tables.scores(sheet), name, response);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static <T> void send(Format format, Table<T> table, String name, HttpServletResponse response)
            throws IOException {
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name + "." + format.extension()).build().toString());
        OutputStream out = response.getOutputStream();
        if (format == Format.CSV) {
            CsvFile.write(table, out);
        } else {
            XlsxFile.write(table, out);
        }
        out.flush();
    }
}
