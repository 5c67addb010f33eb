package ai.scorecard.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes values and dates the way a reader of the chosen language expects them, so that templates do not
 * format anything themselves. Templates call it as {@code @factFormat.value(fact, #locale)},
 * {@code @factFormat.date(day, #locale)} and {@code @factFormat.compact(number, #locale)}.
 * <ul>
 *   <li>Large amounts in words: "1.2 billion" and "35 million" in English; "1.2亿" and "3,500万" in Chinese.</li>
 *   <li>Money: "≥ 10 billion CNY" in English; "不少于 100亿元" (and 美元, 港元, 欧元 for USD, HKD, EUR) in Chinese.</li>
 *   <li>Ranks: "No. 2 or below", "top 3 in China" in English; "第 2 名或更靠后", "前 3 名（国内）" in Chinese.</li>
 *   <li>Counts: the number alone ("约 1.5亿"): the metric's name beside it says what is counted (日活跃用户数),
 *       in fact rows, breakdowns and comparisons alike.</li>
 *   <li>Dates: "Nov 29, 2026" in English; "2026年11月29日" in Chinese.</li>
 * </ul>
 * Scores and shares are printed with Thymeleaf's {@code #numbers}, which already follows the request's locale.
 */
@Component("factFormat")
@RequiredArgsConstructor
public class FactFormat {

    private final MessageSource messages;

    public String value(Fact fact, Locale locale) {
        Metric metric = fact.getMetric();
        if (metric.isLevel()) {
            return level(fact.getValueLevel(), locale);
        }
        String number = number(metric.kind(), fact.getValueNumeric(), locale);
        if (fact.getCurrency() != null) {
            number = money(number, fact.getCurrency(), locale);
        }
        String value = qualified(metric.kind(), fact.getQualifier(), number, locale);
        return fact.getUnit() == null ? value : withUnit(value, fact.getUnit(), locale);
    }

    /** A value without its currency or unit, as a score's breakdown shows what it read. */
    public String value(Metric metric, BigDecimal number, String level, Qualifier qualifier, Locale locale) {
        if (metric.isLevel()) {
            return level(level, locale);
        }
        return qualified(metric.kind(), qualifier, number(metric.kind(), number, locale), locale);
    }

    private String level(String level, Locale locale) {
        return messages.getMessage("level." + level, null, level, locale);
    }

    /**
     * A number with its qualifier, as a sentence of the language: a symbol before an amount reads right in
     * English (≥ 10 billion CNY) but not before a rank, where at least 2 means 2nd or worse, so each kind
     * and qualifier has its own message: 第 2 名或更靠后, 前 3 名, 不少于 100亿元, No. 2 or below, top 3.
     */
    private String qualified(Metric.Kind kind, Qualifier qualifier, String number, Locale locale) {
        String group = switch (kind) {
            case RANK -> "rank";
            case PERCENT -> "percent";
            default -> "amount";
        };
        return messages.getMessage("value." + group + "." + qualifier, new Object[] {number}, locale);
    }

    /**
     * A rank with its scope, named by the bundles (第 1 名（国内）, No. 1 in China). A unit typed as free
     * text before ranks had a list of scopes is shown as it was typed, marked as such.
     */
    private String withUnit(String value, String unit, Locale locale) {
        return RankScope.of(unit)
                .map(scope -> messages.getMessage("value.rank.scoped",
                        new Object[] {value, messages.getMessage("rankScope.in." + scope, null, locale)}, locale))
                .orElseGet(() -> messages.getMessage("value.unitAsTyped", new Object[] {value, unit}, locale));
    }

    /** A day: "Nov 29, 2026" in English, "2026年11月29日" in Chinese; empty when there is none. */
    public String date(LocalDate day, Locale locale) {
        if (day == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language(locale)).format(day);
    }

    /** Large amounts in words: millions and billions in English; 万, 亿 and 万亿 in Chinese. */
    public String compact(double value, Locale locale) {
        return amount(value, locale);
    }

    static String amount(double value, Locale locale) {
        if (isChinese(locale)) {
            return chinese(value);
        }
        // Formatted as a double: Java 17's CompactNumberFormat drops the decimals of a BigDecimal (1 billion for 1.2).
        return ENGLISH_AMOUNT.get().format(value);
    }

    /*
     * Making a compact format parses its patterns with regular expressions: a comparison page with a few hundred
     * amounts spent most of its time there. Formats are not thread-safe, so each thread keeps its own.
     */
    private static final ThreadLocal<NumberFormat> ENGLISH_AMOUNT = ThreadLocal.withInitial(() -> {
        NumberFormat format = NumberFormat.getCompactNumberInstance(Locale.ENGLISH, NumberFormat.Style.LONG);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    });

    private static final ThreadLocal<DecimalFormat> CHINESE_DIGITS = ThreadLocal.withInitial(() -> {
        DecimalFormat digits = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.SIMPLIFIED_CHINESE));
        digits.setRoundingMode(RoundingMode.HALF_UP);
        return digits;
    });

    /**
     * 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²), with digits grouped by thousands as Chinese financial writing does:
     * "1.2亿", "3,500万", "2,526亿". The JDK's own Chinese compact format neither groups digits nor keeps decimals.
     */
    private static String chinese(double value) {
        double size = Math.abs(value);
        String[] units = {"万亿", "亿", "万"};
        double[] scales = {1e12, 1e8, 1e4};
        DecimalFormat digits = CHINESE_DIGITS.get();
        for (int i = 0; i < units.length; i++) {
            // What would round up to 10,000 of the next smaller unit is one of this unit: 1亿, not 10,000万.
            double below = i + 1 < scales.length ? scales[i + 1] : 1;
            if (size >= scales[i] || size / below >= 9999.995) {
                return digits.format(value / scales[i]) + units[i];
            }
        }
        return digits.format(value);
    }

    /** An amount with its currency: a name where the language has one (元, 美元), else the ISO code. */
    private String money(String amount, String currency, Locale locale) {
        String name = messages.getMessage("currency." + currency, null, null, locale);
        return name == null
                ? messages.getMessage("money.code", new Object[] {amount, currency}, locale)
                : messages.getMessage("money.named", new Object[] {amount, name}, locale);
    }

    private String number(Metric.Kind kind, BigDecimal value, Locale locale) {
        return switch (kind) {
            case RANK -> value.stripTrailingZeros().toPlainString();
            case PERCENT -> NumberFormat.getNumberInstance(language(locale)).format(value) + "%";
            default -> amount(value.doubleValue(), locale);
        };
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    /** The two languages the interface speaks; anything else reads as English. */
    private static Locale language(Locale locale) {
        return isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
