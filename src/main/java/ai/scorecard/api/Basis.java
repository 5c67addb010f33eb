package ai.scorecard.api;

import ai.scorecard.scoreboard.Standings;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** What a set of scores was computed under: the pages say it as "methodology version 2, lens official". */
@Schema(description = "What the scores were computed under.")
public record Basis(
        @JsonProperty("methodology_version") @Schema(description = "The methodology version the scores follow.")
        int methodologyVersion,
        @Schema(description = "The lens: how the commercialization dimensions are weighted.")
        String lens,
        @JsonProperty("as_of")
        @Schema(description = "The day the scores are for (ISO 8601): it decides which facts are still fresh.")
        LocalDate asOf,
        @JsonProperty("data_version")
        @Schema(description = "The version of the data: any recorded change to a company, product or fact moves it on.")
        long dataVersion) {

    static Basis of(Standings standings, long dataVersion) {
        return new Basis(standings.methodology().version(), standings.lens().code(), standings.today(), dataVersion);
    }
}
