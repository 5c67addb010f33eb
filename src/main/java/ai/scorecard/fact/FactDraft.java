package ai.scorecard.fact;

import ai.scorecard.checks.Bilingual;
import ai.scorecard.checks.PlainText;
import ai.scorecard.checks.PlausibleDate;
import ai.scorecard.checks.Problem;
import ai.scorecard.source.Source;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an editor, an import row or the seed states about a subject, before the ledger records it. The
 * rules of a valid fact live here and in the annotations below, whoever states it: the ledger refuses a
 * draft that breaks one ({@link FactOutcome.InvalidFact}) and stores nothing.
 *
 * @param asOfIsReadDate the source is undated and {@code asOf} is the day it was read
 * @param source the source the statement cites, from the {@link ai.scorecard.source.Bibliography} (or
 *     {@link Source#proposed proposed} to it, when checking a fact and its new source before storing either)
 */
public record FactDraft(
        Metric metric,
        @DecimalMin(value = "0", message = "{fact.value.negative}") @Digits(integer = 26, fraction = 4) BigDecimal value,
        @Size(max = 30) String level,
        @Size(max = 30) @PlainText String unit,
        String currency,
        @NotNull Qualifier qualifier,
        @NotNull @PlausibleDate(future = false) LocalDate asOf,
        boolean asOfIsReadDate,
        @NotNull Provenance provenance,
        @NotNull Source source,
        @Size(max = 2000) @PlainText(multiline = true) String claim,
        @Size(max = 2000) @PlainText(multiline = true) String claimZh) {

    private static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /** Values as typed: a level metric keeps no number and a numeric one no level; blanks are nothing. */
    public FactDraft {
        unit = blankToNull(unit);
        currency = blankToNull(currency);
        level = blankToNull(level);
        claim = blankToNull(claim);
        claimZh = blankToNull(claimZh);
    }

    /** A fact whose claim is stated in English only. */
    public FactDraft(Metric metric, BigDecimal value, String level, String unit, String currency,
            Qualifier qualifier, LocalDate asOf, boolean asOfIsReadDate, Provenance provenance, Source source,
            String claim) {
        this(metric, value, level, unit, currency, qualifier, asOf, asOfIsReadDate, provenance, source, claim, null);
    }

    /** A fact whose as-of date is one the source gave (or observed), the usual case. */
    public FactDraft(Metric metric, BigDecimal value, String level, String unit, String currency,
            Qualifier qualifier, LocalDate asOf, Provenance provenance, Source source, String claim) {
        this(metric, value, level, unit, currency, qualifier, asOf, false, provenance, source, claim, null);
    }

    /** The same statement, citing another source: the stored one a proposed source became. */
    public FactDraft citing(Source stored) {
        return new FactDraft(metric, value, level, unit, currency, qualifier, asOf, asOfIsReadDate, provenance,
                stored, claim, claimZh);
    }

    /** The same statement about another metric: a newer value takes the metric of the fact it supersedes. */
    FactDraft about(Metric other) {
        return new FactDraft(other, value, level, unit, currency, qualifier, asOf, asOfIsReadDate, provenance,
                source, claim, claimZh);
    }

    /**
     * The rules that tie fields together, which single-field annotations cannot state. A field that
     * already broke its own rule is not judged again here.
     */
    List<Problem> crossFieldProblems(List<Problem> fieldProblems) {
        List<Problem> problems = new ArrayList<>();
        if (metric == null) {
            problems.add(Problem.of("metric", "fact.metric.required"));
        } else if (metric.isLevel()) {
            if (level == null) {
                problems.add(Problem.of("level", "fact.level.required"));
            } else if (!metric.levels().contains(level)) {
                problems.add(Problem.of("level", "fact.level.notOfMetric"));
            }
            if (value != null) {
                problems.add(Problem.of("value", "fact.value.notForLevel"));
            }
        } else {
            if (value == null) {
                if (!concerns(fieldProblems, "value")) {
                    problems.add(Problem.of("value", "fact.value.required"));
                }
            } else if (!concerns(fieldProblems, "value")) {
                numberProblem().ifPresent(problems::add);
            }
            if (level != null) {
                problems.add(Problem.of("level", "fact.level.notForNumber"));
            }
        }
        problems.addAll(unitAndCurrencyProblems(fieldProblems));
        // Stated in one language at least, either: an analyst reading a Chinese source may write Chinese only.
        Bilingual.requiredProblem("claim", claim, claimZh).ifPresent(problems::add);
        if (source != null && source.isDated()) {
            if (asOfIsReadDate) {
                problems.add(Problem.of("asOfIsReadDate", "fact.asOfIsReadDate.sourceDated"));
            }
            if (asOf != null && asOf.isAfter(source.getPublishedOn()) && !concerns(fieldProblems, "asOf")) {
                problems.add(Problem.of("asOf", "fact.asOf.afterSource"));
            }
        }
        return problems;
    }

    /** A count and a rank are whole numbers; a rank starts at 1; a percentage is at most 100. */
    private Optional<Problem> numberProblem() {
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        return switch (metric.kind()) {
            case COUNT -> whole ? Optional.empty() : Optional.of(Problem.of("value", "fact.value.wholeNumber"));
            case RANK -> value.compareTo(BigDecimal.ONE) < 0 ? Optional.of(Problem.of("value", "fact.value.rank"))
                    : whole ? Optional.empty() : Optional.of(Problem.of("value", "fact.value.wholeNumber"));
            case PERCENT -> value.compareTo(BigDecimal.valueOf(100)) > 0
                    ? Optional.of(Problem.of("value", "fact.value.percent")) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * Only the kinds that read a unit or a currency take one ({@link Metric.Kind#fields()}), so that no fact
     * carries one no one reads: a count's unit is the metric's own, a percentage and a level have none,
     * a rank's is one of the {@link RankScope scopes} (its code, which each language names), and only money
     * has a currency. A currency may be left out (the source did not say), but one given
     * is an ISO 4217 code.
     */
    private List<Problem> unitAndCurrencyProblems(List<Problem> fieldProblems) {
        List<Problem> problems = new ArrayList<>();
        if (metric != null && unit != null && !concerns(fieldProblems, "unit")) {
            if (!metric.kind().takes("unit")) {
                problems.add(metric.hasFixedUnit() ? Problem.of("unit", "fact.unit.fixed", metric.fixedUnitCode())
                        : Problem.of("unit", "fact.unit.notForMetric"));
            } else if (RankScope.of(unit).isEmpty()) {
                problems.add(Problem.of("unit", "fact.unit.scope"));
            }
        }
        if (currency == null) {
            return problems;
        }
        if (metric != null && !metric.kind().takes("currency")) {
            problems.add(Problem.of("currency", "fact.currency.notForMetric"));
        } else if (!currency.matches("[A-Z]{3}")) {
            problems.add(Problem.of("currency", "fact.currency.format"));
        } else if (!CURRENCY_CODES.contains(currency)) {
            problems.add(Problem.of("currency", "fact.currency.unknown"));
        }
        return problems;
    }

    private static boolean concerns(List<Problem> problems, String field) {
        return problems.stream().anyMatch(problem -> field.equals(problem.field()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
