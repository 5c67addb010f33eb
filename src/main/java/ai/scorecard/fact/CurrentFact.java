package ai.scorecard.fact;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A current fact as scoring reads it: only the columns it needs, without loading the entity. */
public record CurrentFact(long id, Long productId, Long companyId, Metric metric, BigDecimal value, String level,
        Qualifier qualifier, LocalDate asOf, Provenance provenance, long sourceId, String sourceTitle, String sourceUrl,
        LocalDate sourceDate, boolean asOfIsReadDate, String claim) {
}
