package ai.scorecard.editing;

import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.fact.RankScope;
import ai.scorecard.source.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Data;
import lombok.EqualsAndHashCode;
import lombok.ToString;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A fact as an editor types it, with its source ({@link CitingForm}); the ledger decides whether it is a valid fact. It is
 * serializable because "save and add another" hands the kept source on through the session's flash.
 */
@Data
@EqualsAndHashCode(callSuper = true)
@ToString(callSuper = true)
public class FactForm extends CitingForm {

    private static final long serialVersionUID = 1L;

    /** The one-time key of a form that creates or records (see {@link FormKeys}); optional. */
    private String formKey;

    /** A newer value takes the metric of the fact it supersedes. */
    private Metric metric;

    private BigDecimal value;

    private String level;

    private String unit;

    private String currency;

    private Qualifier qualifier = Qualifier.EXACT;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate asOf;

    /** The source is undated, so {@link #asOf} is the day the editor read it; pages say so beside the date. */
    private boolean asOfIsReadDate;

    private Provenance provenance;

    private String claim;

    private String claimZh;

    /** A form to state a newer value of the same metric, starting from the fact it supersedes. */
    static FactForm superseding(Fact fact) {
        FactForm form = new FactForm();
        Metric.Kind kind = fact.getMetric().kind();
        form.setMetric(fact.getMetric());
        form.setValue(fact.getValueNumeric());
        form.setLevel(fact.getValueLevel());
        // An older fact may carry a unit or currency its metric no longer takes (a count's "users"); the
        // newer value would be refused for it, so only what the metric's kind takes is carried over; and a
        // rank's scope typed as free text before scopes were a list is chosen again from the list.
        form.setUnit(kind.takes("unit") && RankScope.of(fact.getUnit()).isPresent() ? fact.getUnit() : null);
        form.setCurrency(kind.takes("currency") ? fact.getCurrency() : null);
        form.setQualifier(fact.getQualifier());
        form.setProvenance(fact.getProvenance());
        return form;
    }

    /**
     * Empties the statement (metric, value, level, unit, currency, qualifier, claim) and the form key, keeping
     * the source, provenance and as-of date: the next fact typed from the same source starts from here.
     */
    void clearStatement() {
        formKey = null;
        metric = null;
        value = null;
        level = null;
        unit = null;
        currency = null;
        qualifier = Qualifier.EXACT;
        claim = null;
        claimZh = null;
    }

    /** The statement as the ledger reads it, citing the source; the ledger judges it (see {@link FactDraft}). */
    FactDraft toDraft(Source source) {
        return new FactDraft(metric, value, level, unit, currency, qualifier, asOf, asOfIsReadDate, provenance,
                source, claim, claimZh);
    }

    /** The form's field for a field of the fact's draft: the source picked. */
    static String formField(String draftField) {
        return "source".equals(draftField) ? "sourceId" : draftField;
    }

}
