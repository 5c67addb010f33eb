package ai.scorecard.fact;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A current fact as scoring reads it: only the columns it needs, without loading the entity. The source's
 * title and the claim come in English and in Chinese (either may be missing).
 */
public record CurrentFact(long id, Long productId, Long companyId, Metric metric, BigDecimal value, String level,
        Qualifier qualifier, LocalDate asOf, Provenance provenance, long sourceId, String sourceTitle,
        String sourceTitleZh, String sourceUrl, LocalDate sourceDate, boolean asOfIsReadDate, String claim,
        String claimZh) {
}
