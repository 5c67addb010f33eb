package ai.scorecard.fact;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a fact's value the way a reader of the chosen language expects it: "≥ 10 billion CNY" in
 * English, "≥ 100亿 CNY" in Chinese. Templates call it as {@code @factFormat.value(fact, #locale)}.
 */
@Component("factFormat")
@RequiredArgsConstructor
public class FactFormat {

    private final MessageSource messages;

    public String value(Fact fact, Locale locale) {
        StringBuilder text = new StringBuilder(value(fact.getMetric(), fact.getValueNumeric(), fact.getValueLevel(),
                fact.getQualifier(), locale));
        if (fact.getMetric().isLevel()) {
            return text.toString();
        }
        if (fact.getCurrency() != null) {
            text.append(' ').append(fact.getCurrency());
        }
        if (fact.getUnit() != null) {
            text.append(" (").append(fact.getUnit()).append(')');
        }
        return text.toString();
    }

    /** A value without its currency or unit, as a score's breakdown shows what it read. */
    public String value(Metric metric, BigDecimal number, String level, Qualifier qualifier, Locale locale) {
        if (metric.isLevel()) {
            return messages.getMessage("level." + level, null, level, locale);
        }
        String symbol = messages.getMessage("qualifier.symbol." + qualifier, null, "", locale);
        return symbol + number(metric.kind(), number, locale);
    }

    private String number(Metric.Kind kind, BigDecimal value, Locale locale) {
        return switch (kind) {
            case RANK -> messages.getMessage("rank.value", new Object[] {value.stripTrailingZeros().toPlainString()},
                    locale);
            case PERCENT -> NumberFormat.getNumberInstance(locale).format(value) + "%";
            default -> compact(value, locale);
        };
    }

    /** Large amounts in words: billions in English, 万 and 亿 in Chinese. */
    public String compact(double value, Locale locale) {
        return compact(BigDecimal.valueOf(value), locale);
    }

    static String compact(BigDecimal value, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        NumberFormat format = NumberFormat.getCompactNumberInstance(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                chinese ? NumberFormat.Style.SHORT : NumberFormat.Style.LONG);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
