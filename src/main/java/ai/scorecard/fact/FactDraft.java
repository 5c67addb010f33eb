package ai.scorecard.fact;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an editor or the seed states about a subject, before the ledger records it.
 *
 * @param asOfIsReadDate the source is undated and {@code asOf} is the day it was read
 */
public record FactDraft(Metric metric, BigDecimal value, String level, String unit, String currency,
        Qualifier qualifier, LocalDate asOf, boolean asOfIsReadDate, Provenance provenance, Source source,
        String claim) {

    /** A fact whose as-of date is one the source gave (or observed), the usual case. */
    public FactDraft(Metric metric, BigDecimal value, String level, String unit, String currency,
            Qualifier qualifier, LocalDate asOf, Provenance provenance, Source source, String claim) {
        this(metric, value, level, unit, currency, qualifier, asOf, false, provenance, source, claim);
    }
}
