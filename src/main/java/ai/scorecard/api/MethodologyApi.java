package ai.scorecard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The published methodology versions, as /methodology publishes them in words. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@RequiredArgsConstructor
@Tag(name = MethodologyApi.TAG, description = "The published scoring rules.")
class MethodologyApi {

    static final String TAG = "Methodology";

    private final Datasets datasets;

    @GetMapping("/methodology")
    @Operation(summary = "The current methodology", description = "The rules scores follow now, and every version.")
    MethodologyRecord current() {
        return datasets.methodology(null);
    }

    @GetMapping("/methodology/{version}")
    @Operation(summary = "A methodology version", description = "The rules of a published version; one never "
            + "published is 404.")
    MethodologyRecord version(@PathVariable @Parameter(description = "The version number.") int version) {
        return datasets.methodology(version);
    }
}
