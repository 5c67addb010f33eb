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
        if (fact.getMetric().isLevel()) {
            return messages.getMessage("level." + fact.getValueLevel(), null, fact.getValueLevel(), locale);
        }
        String qualifier = messages.getMessage("qualifier.symbol." + fact.getQualifier(), null, "", locale);
        String number = number(fact.getMetric().kind(), fact.getValueNumeric(), locale);
        StringBuilder text = new StringBuilder(qualifier).append(number);
        if (fact.getCurrency() != null) {
            text.append(' ').append(fact.getCurrency());
        }
        if (fact.getUnit() != null) {
            text.append(" (").append(fact.getUnit()).append(')');
        }
        return text.toString();
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
    static String compact(BigDecimal value, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        NumberFormat format = NumberFormat.getCompactNumberInstance(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH,
                chinese ? NumberFormat.Style.SHORT : NumberFormat.Style.LONG);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }
}
