package ai.scorecard.fact;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an editor or the seed states about a subject, before the ledger records it. */
public record FactDraft(Metric metric, BigDecimal value, String level, String unit, String currency,
        Qualifier qualifier, LocalDate asOf, Provenance provenance, Source source, String claim) {
}
