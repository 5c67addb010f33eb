package ai.scorecard.fact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A fact as scoring reads it, with the moments that say when it counted: what a score history replays, so
 * that every past day is read from one load of the ledger rather than one query a day.
 */
public record FactInTime(CurrentFact fact, InForce inForce) {

    /** The flat form a query builds it from. */
    public FactInTime(long id, Long productId, Long companyId, Metric metric, BigDecimal value, String level,
            Qualifier qualifier, LocalDate asOf, Provenance provenance, long sourceId, String sourceTitle,
            String sourceTitleZh, String sourceUrl, LocalDate sourceDate, boolean asOfIsReadDate, String claim,
            String claimZh, Instant recordedAt, Instant supersededAt, Instant retractedAt) {
        this(new CurrentFact(id, productId, companyId, metric, value, level, qualifier, asOf, provenance, sourceId,
                sourceTitle, sourceTitleZh, sourceUrl, sourceDate, asOfIsReadDate, claim, claimZh),
                new InForce(recordedAt, supersededAt, retractedAt));
    }
}
