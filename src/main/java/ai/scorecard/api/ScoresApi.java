package ai.scorecard.api;

import ai.scorecard.catalog.Category;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Scores and comparisons, as /rankings, /styles and /compare show them. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@RequiredArgsConstructor
@Tag(name = ScoresApi.TAG, description = "Scores under a lens and methodology version, and comparisons.")
class ScoresApi {

    static final String TAG = "Scores";

    static final String LENS = "The lens: official (the default), monetization-first, growth-first or "
            + "capability-first; /api/v1/methodology lists each version's lenses. Another is 400.";
    static final String VERSION = "The methodology version; the current one when left out. One never published is 404.";

    static final String AS_OF = "A past day (YYYY-MM-DD): the scores as the scorecard gave them at its end, from the "
            + "facts in force then, fresh as judged then, under the methodology version in force then unless version "
            + "names one. Today when left out, or for today or a later day.";

    private final Datasets datasets;

    @GetMapping("/scores")
    @Operation(summary = "Every company's and product's scores",
            description = "Every company (as /styles) and every product in ranking order (as /rankings) under a lens "
                    + "and methodology version.")
    ScoreSheet scores(@RequestParam(defaultValue = "official") @Parameter(description = LENS) String lens,
            @RequestParam(required = false) @Parameter(description = VERSION) Integer version,
            @RequestParam(required = false) @Parameter(description = "Rank only the products of this category, as "
                    + "CODING_TOOL or coding-tool; every product when left out.") Category category,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Parameter(description = AS_OF)
            LocalDate asOf) {
        return datasets.scores(lens, version, category, asOf);
    }

    @GetMapping("/compare")
    @Operation(summary = "Two companies side by side", description = "What /compare shows: both companies' scores, "
            + "who leads and how firmly, dimension by dimension and category by category. An unknown company is 404, "
            + "the same company twice 400.")
    ComparisonRecord compare(@RequestParam @Parameter(description = "The first company's slug.") String left,
            @RequestParam @Parameter(description = "The second company's slug.") String right,
            @RequestParam(defaultValue = "official") @Parameter(description = LENS) String lens,
            @RequestParam(required = false) @Parameter(description = VERSION) Integer version,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Parameter(description = AS_OF)
            LocalDate asOf) {
        return datasets.compare(left, right, lens, version, asOf);
    }
}
