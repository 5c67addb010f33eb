package ai.scorecard.editing;

import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactDraft;
import ai.scorecard.fact.Metric;
import ai.scorecard.fact.Provenance;
import ai.scorecard.fact.Qualifier;
import ai.scorecard.fact.Source;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A fact as an editor states it, with its source. */
@Data
public class FactForm {

    /** The one-time key of a form that creates or records (see {@link FormKeys}); optional. */
    private String formKey;

    /** Checked in {@link #check}: a newer value takes the metric of the fact it supersedes. */
    private Metric metric;

    @DecimalMin(value = "0", message = "{fact.value.negative}")
    @Digits(integer = 26, fraction = 4)
    private BigDecimal value;

    @Size(max = 30)
    private String level;

    @Size(max = 30)
    @PlainText
    private String unit;

    private String currency;

    @NotNull
    private Qualifier qualifier = Qualifier.EXACT;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(future = false)
    private LocalDate asOf;

    /** The source is undated, so {@link #asOf} is the day the editor read it; pages say so beside the date. */
    private boolean asOfIsReadDate;

    @NotNull
    private Provenance provenance;

    @NotBlank
    @Size(max = 300)
    @PlainText
    private String sourceTitle;

    @Size(max = 2000)
    private String sourceUrl;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(future = false)
    private LocalDate sourceDate;

    @NotBlank
    @Size(max = 2000)
    @PlainText(multiline = true)
    private String claim;

    /** A form to state a newer value of the same metric, starting from the fact it supersedes. */
    static FactForm superseding(Fact fact) {
        FactForm form = new FactForm();
        form.setMetric(fact.getMetric());
        form.setValue(fact.getValueNumeric());
        form.setLevel(fact.getValueLevel());
        form.setUnit(fact.getUnit());
        form.setCurrency(fact.getCurrency());
        form.setQualifier(fact.getQualifier());
        form.setProvenance(fact.getProvenance());
        return form;
    }

    /** The rules that tie fields together, which single-field annotations cannot state. */
    void check(Errors errors) {
        if (metric == null && !errors.hasFieldErrors("metric")) {
            errors.rejectValue("metric", "fact.metric.required");
        }
        if (metric != null) {
            if (metric.isLevel()) {
                if (level == null || level.isBlank()) {
                    errors.rejectValue("level", "fact.level.required");
                } else if (!metric.levels().contains(level)) {
                    errors.rejectValue("level", "fact.level.notOfMetric");
                }
                if (value != null) {
                    errors.rejectValue("value", "fact.value.notForLevel");
                }
            } else {
                if (value == null) {
                    if (!errors.hasFieldErrors("value")) {
                        errors.rejectValue("value", "fact.value.required");
                    }
                } else if (metric.kind() == Metric.Kind.RANK && value.compareTo(BigDecimal.ONE) < 0) {
                    errors.rejectValue("value", "fact.value.rank");
                } else if (metric.kind() == Metric.Kind.PERCENT && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                    errors.rejectValue("value", "fact.value.percent");
                }
                if (level != null && !level.isBlank()) {
                    errors.rejectValue("level", "fact.level.notForNumber");
                }
            }
        }
        if (currency != null && !currency.isBlank() && !currency.matches("[A-Z]{3}")) {
            errors.rejectValue("currency", "fact.currency.format");
        }
        if (asOfIsReadDate && sourceDate != null) {
            errors.rejectValue("asOfIsReadDate", "fact.asOfIsReadDate.sourceDated");
        }
        if (asOf != null && sourceDate != null && asOf.isAfter(sourceDate) && !errors.hasFieldErrors("asOf")
                && !errors.hasFieldErrors("sourceDate")) {
            errors.rejectValue("asOf", "fact.asOf.afterSource");
        }
        if (sourceUrl != null && !sourceUrl.isBlank() && !isWebAddress(sourceUrl.trim())) {
            errors.rejectValue("sourceUrl", "fact.sourceUrl.format");
        }
    }

    FactDraft toDraft() {
        boolean levelMetric = metric.isLevel();
        return new FactDraft(metric, levelMetric ? null : value, levelMetric ? level : null, Slugs.blankToNull(unit),
                Slugs.blankToNull(currency), qualifier, asOf, asOfIsReadDate, provenance,
                new Source(sourceTitle.trim(), Slugs.blankToNull(sourceUrl), sourceDate), claim.trim());
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
