package ai.scorecard.api;

import ai.scorecard.fact.Fact;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A fact with its source: the columns of the seed's {@code facts.csv} (the source as a record rather than a key),
 * and what the ledger adds to it.
 */
@Schema(description = "A dated, sourced fact about a company or a product, with the source it cites.")
public record FactRecord(
        @Schema(description = "The fact's id; a page links to it as #fact-{id}.")
        long id,
        @JsonProperty("subject_type")
        @Schema(description = "What the fact is about.", allowableValues = {"company", "product"})
        String subjectType,
        @Schema(description = "The slug of the company or product it is about.")
        String subject,
        @Schema(description = "What it measures.")
        Metric metric,
        @Schema(description = "The figure, for a numeric metric (money in its currency, counts, ranks, percentages); "
                + "null for a level metric.")
        BigDecimal value,
        @Schema(description = "One of the metric's levels, for a level metric; null for a numeric one.")
        String level,
        @Schema(description = "The unit the value is in, as the source gives it; null when none.")
        String unit,
        @Schema(description = "The currency of a money value (ISO 4217); null otherwise.")
        String currency,
        @Schema(description = "How the reported figure relates to the true value.")
        Qualifier qualifier,
        @JsonProperty("as_of") @Schema(description = "The day the fact describes (ISO 8601).")
        LocalDate asOf,
        @JsonProperty("as_of_basis")
        @Schema(description = "observed: as_of is the source's own date; read: the source is undated and as_of is the "
                + "day it was read.", allowableValues = {"observed", "read"})
        String asOfBasis,
        @Schema(description = "Where the fact comes from, most trustworthy first.")
        Provenance provenance,
        @Schema(description = "What the source says, in the editor's words, in English; null when stated in Chinese "
                + "only.")
        String claim,
        @JsonProperty("claim_zh") @Schema(description = "The same in Chinese; null when stated in English only.")
        String claimZh,
        @JsonProperty("recorded_at") @Schema(description = "When the fact was recorded in the ledger (ISO 8601, UTC).")
        Instant recordedAt,
        @Schema(description = "current: it counts now; superseded: a newer fact of the same metric replaced it; "
                + "retracted: it was withdrawn as wrong.", allowableValues = {"current", "superseded", "retracted"})
        String status,
        @JsonProperty("superseded_by") @Schema(description = "The id of the fact that superseded it; null when none did "
                + "(or it was superseded by an older-dated fact's arrival).")
        Long supersededBy,
        @JsonProperty("retracted_at")
        @Schema(description = "When it was retracted (ISO 8601, UTC); null when it was not.")
        Instant retractedAt,
        @JsonProperty("retraction_reason") @Schema(description = "Why it was retracted; null when it was not.")
        String retractionReason,
        @Schema(description = "The source it cites.")
        SourceRecord source) {

    static final String OBSERVED = "observed";
    static final String READ = "read";

    static FactRecord of(Fact fact, String subjectType, String subject) {
        String status = fact.isRetracted() ? "retracted" : fact.isSuperseded() ? "superseded" : "current";
        return new FactRecord(fact.getId(), subjectType, subject, fact.getMetric(), plain(fact.getValueNumeric()),
                fact.getValueLevel(), fact.getUnit(), fact.getCurrency(), fact.getQualifier(), fact.getAsOf(),
                fact.isAsOfIsReadDate() ? READ : OBSERVED, fact.getProvenance(), fact.getClaim(), fact.getClaimZh(),
                fact.getRecordedAt(),
                status, fact.getSupersededBy(), fact.getRetractedAt(), fact.getRetractionReason(),
                SourceRecord.of(fact.getSource()));
    }

    /** The figure without the column's trailing zeros, and never in exponent notation (1E+10). */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
