package ai.scorecard.scoring;

import ai.scorecard.checks.Bilingual;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A current fact as the scoring reads it, with its source so that every score can point back to it.
 *
 * @param value          numeric value, or null for a level metric
 * @param level          one of {@link Metric#levels()}, or null for a numeric metric
 * @param sourceDate     when the source was published; null when it is undated, which the pages say
 * @param asOfIsReadDate whether the as-of date is only the day an undated source was read
 */
public record Evidence(long factId, Metric metric, BigDecimal value, String level, Qualifier qualifier,
        LocalDate asOf, Provenance provenance, String sourceTitle, String sourceUrl, LocalDate sourceDate,
        boolean asOfIsReadDate, String claim, String sourceTitleZh, String claimZh) {

    /** A fact whose claim and source title are in English only. */
    public Evidence(long factId, Metric metric, BigDecimal value, String level, Qualifier qualifier,
            LocalDate asOf, Provenance provenance, String sourceTitle, String sourceUrl, LocalDate sourceDate,
            boolean asOfIsReadDate, String claim) {
        this(factId, metric, value, level, qualifier, asOf, provenance, sourceTitle, sourceUrl, sourceDate,
                asOfIsReadDate, claim, null, null);
    }

    /** A fact observed on its as-of date, from a source of unknown date: what most tests need. */
    public Evidence(long factId, Metric metric, BigDecimal value, String level, Qualifier qualifier, LocalDate asOf,
            Provenance provenance, String sourceTitle, String sourceUrl, String claim) {
        this(factId, metric, value, level, qualifier, asOf, provenance, sourceTitle, sourceUrl, null, false, claim);
    }

    public Evidence {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(provenance, "provenance");
    }

    public Bilingual claimText() {
        return new Bilingual(claim, claimZh);
    }

    public Bilingual sourceTitleText() {
        return new Bilingual(sourceTitle, sourceTitleZh);
    }

    /** The later observation wins; of two on one day, the later recorded (higher id), so the pick is stable. */
    boolean isNewerThan(Evidence other) {
        int byDate = asOf.compareTo(other.asOf);
        return byDate > 0 || (byDate == 0 && factId > other.factId);
    }
}
