package ai.scorecard.fact;

import ai.scorecard.source.SourceFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import ai.scorecard.checks.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A fact's value fits its metric's kind (FactDraft's rules, whoever states the fact): each field the kind
 * does not take is refused, each it takes is filled as the kind wants, and the editor reads why, in either
 * language. The form over HTTP is FactFormsTest's; the browser's FactFormIT.
 */
class MetricFitTest {

    static final ResourceBundleMessageSource MESSAGES = messages();

    @Test
    void aQualitativeMetricTakesOneOfItsOwnLevelsAndNothingElse() {
        assertThat(refusals(Metric.USABILITY, null, "GOOD", null, null)).isEmpty();
        assertThat(refusals(Metric.USABILITY, "3", "GOOD", "stars", "CNY")).containsExactly(
                "value: This metric is qualitative: choose a level and leave the number empty.",
                "unit: This metric takes no unit: leave it empty (only a rank names its scope here).",
                "currency: Only an amount of money takes a currency: leave it empty.");
        assertThat(refusals(Metric.USABILITY, null, "SUBSIDY", null, null))
                .containsExactly("level: This level does not belong to the chosen metric.");
        assertThat(refusals(Metric.USABILITY, null, null, null, null))
                .containsExactly("level: This metric is qualitative: choose a level.");
    }

    @Test
    void aCountIsAWholeNumberInItsMetricsOwnUnit() {
        assertThat(refusals(Metric.DAU, "150000000", null, null, null)).isEmpty();
        assertThat(refusals(Metric.MAU, "2.000", null, null, null)).as("trailing zeros").isEmpty();
        assertThat(refusals(Metric.DAU, "1.5", "STRONG", "users", "CNY")).containsExactly(
                "value: Enter a whole number.",
                "level: This metric is numeric: enter a number and choose no level.",
                "unit: This metric is always counted in users: leave the unit empty.",
                "currency: Only an amount of money takes a currency: leave it empty.");
        assertThat(refusals(Metric.DAILY_TOKENS, "5", null, "tokens", null))
                .containsExactly("unit: This metric is always counted in tokens a day: leave the unit empty.");
        assertThat(refusals(Locale.SIMPLIFIED_CHINESE, draft(Metric.PAID_USERS, "5", null, "users", null)))
                .containsExactly("unit: 该指标的单位固定为“付费用户”，请留空单位。");
    }

    @Test
    void moneyMayLeaveItsCurrencyOutButNamesARealOne() {
        // The seed's revenue and market values: the source gave no currency, and saying so is honest.
        assertThat(refusals(Metric.ANNUAL_REVENUE, "10000000000", null, null, null)).isEmpty();
        for (String currency : List.of("CNY", "USD", "HKD", "EUR", "JPY")) {
            assertThat(refusals(Metric.MARKET_CAP, "252600000000", null, null, currency)).as(currency).isEmpty();
        }
        assertThat(refusals(Metric.ANNUAL_REVENUE, "12.5", null, "billion", "yuan")).containsExactly(
                "unit: This metric takes no unit: leave it empty (only a rank names its scope here).",
                "currency: Use a three-letter currency code, such as CNY or USD.");
        assertThat(refusals(Metric.MARKET_CAP, "1", null, null, "ABC"))
                .containsExactly("currency: This is not a currency code: use one such as CNY, USD, HKD or EUR.");
    }

    @Test
    void aPercentageLiesBetween0And100AndHasNoUnit() {
        assertThat(refusals(Metric.RETENTION_30D, "37.5", null, null, null)).isEmpty();
        assertThat(refusals(Metric.RETENTION_30D, "100.5", null, "%", "USD")).containsExactly(
                "value: A percentage lies between 0 and 100.",
                "unit: This metric takes no unit: leave it empty (only a rank names its scope here).",
                "currency: Only an amount of money takes a currency: leave it empty.");
    }

    @Test
    void aRankIsAWholeNumberFrom1AndMayNameItsScope() {
        // A rank's unit is its scope, one of a list, stored as its code; free text is refused.
        assertThat(refusals(Metric.TOKEN_VOLUME_RANK, "1", null, "CHINA", null)).isEmpty();
        assertThat(refusals(Metric.TOKEN_VOLUME_RANK, "1", null, null, null)).isEmpty();
        assertThat(refusals(Metric.TOKEN_VOLUME_RANK, "1", null, "rank in China", null))
                .containsExactly("unit: Choose where the rank was counted from the list.");
        assertThat(refusals(Locale.SIMPLIFIED_CHINESE, draft(Metric.NICHE_RANK, "1", null, "china", null)))
                .containsExactly("unit: 请从列表中选择排名的范围。");
        assertThat(refusals(Metric.NICHE_RANK, "0", null, null, null)).containsExactly("value: A rank starts at 1.");
        assertThat(refusals(Metric.NICHE_RANK, "2.5", null, null, "CNY")).containsExactly(
                "value: Enter a whole number.",
                "currency: Only an amount of money takes a currency: leave it empty.");
    }

    @Test
    void aFieldThatBrokeItsOwnRuleIsNotJudgedAgain() {
        List<Problem> own = List.of(Problem.of("value", "DecimalMin"), Problem.of("unit", "Size"));
        assertThat(draft(Metric.DAU, "-1.5", null, "x".repeat(40), null).crossFieldProblems(own)).isEmpty();
    }

    /** What the form shows for each metric comes from here: the fields its kind takes, a count's unit, the number's label. */
    @Test
    void eachKindNamesItsFieldsAndEachCountItsUnitInBothLanguages() {
        assertThat(Arrays.stream(Metric.Kind.values()).map(kind -> kind + " " + kind.fields())).containsExactly(
                "MONEY [value, currency]", "COUNT [value]", "RANK [value, unit]", "PERCENT [value]", "LEVEL [level]");
        for (Metric metric : Metric.values()) {
            assertThat(metric.hasFixedUnit()).as(metric.name()).isEqualTo(metric.kind() == Metric.Kind.COUNT);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                if (metric.hasFixedUnit()) {
                    assertThat(MESSAGES.getMessage(metric.fixedUnitCode(), null, null, locale)).as(metric + " " + locale)
                            .isNotBlank();
                }
                if (!metric.isLevel()) {
                    assertThat(MESSAGES.getMessage("edit.fact.value." + metric.kind(), null, null, locale))
                            .as(metric.kind() + " " + locale).isNotBlank();
                }
            }
        }
        assertThat(MESSAGES.getMessage("metric.unit.DAU", null, Locale.ENGLISH)).isEqualTo("users");
    }

    private static List<String> refusals(Metric metric, String value, String level, String unit, String currency) {
        return refusals(Locale.ENGLISH, draft(metric, value, level, unit, currency));
    }

    /** Each refusal as "field: the message the editor reads", its named texts filled in the reader's language. */
    private static List<String> refusals(Locale locale, FactDraft draft) {
        return draft.crossFieldProblems(List.of()).stream().map(problem -> problem.field() + ": "
                + MESSAGES.getMessage(new DefaultMessageSourceResolvable(new String[] {problem.code()},
                        problem.argumentCodes().stream().map(DefaultMessageSourceResolvable::new).toArray()), locale))
                .toList();
    }

    private static FactDraft draft(Metric metric, String value, String level, String unit, String currency) {
        return new FactDraft(metric, value == null ? null : new BigDecimal(value), level, unit, currency,
                Qualifier.EXACT, LocalDate.of(2026, 6, 30), Provenance.THIRD_PARTY,
                SourceFixtures.unsaved("Quarterly report", null, LocalDate.of(2026, 6, 30)), "A claim");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
