package ai.scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;

/**
 * Says in a sentence which {@code scorecard.*} property stopped the start, where it was set and what it
 * should be. Boot's own report for a value it cannot convert ends in a parser's words ("Text '2026-13-45'
 * could not be parsed: Invalid value for MonthOfYear") and, for a refused value, starts with a dump of
 * the binding target; an operator should not have to read either. Other properties are left to Boot.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class SettingRefused extends AbstractFailureAnalyzer<BindException> {

    private static final ConfigurationPropertyName SCORECARD = ConfigurationPropertyName.of("scorecard");

    private static final String ACTION = "Correct %s, or remove it to use its default. README.md lists every "
            + "scorecard.* property with its default and environment variable.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
        if (cause.getCause() instanceof BindValidationException refused) {
            return refused(refused.getValidationErrors(), cause);
        }
        ConfigurationProperty property = cause.getProperty();
        if (property == null || !SCORECARD.isAncestorOf(property.getName())) {
            return null;
        }
        String expected = expected(cause.getTarget().getType().resolve(Object.class));
        return new FailureAnalysis(
                "%s is \"%s\"%s, which is not %s.".formatted(property.getName(), property.getValue(),
                        setBy(property.getOrigin()), expected),
                ACTION.formatted(property.getName()), cause);
    }

    private FailureAnalysis refused(ValidationErrors errors, BindException cause) {
        if (!SCORECARD.equals(errors.getName()) && !SCORECARD.isAncestorOf(errors.getName())) {
            return null;
        }
        List<String> sentences = new ArrayList<>();
        List<String> names = new ArrayList<>();
        errors.getAllErrors().stream().filter(FieldError.class::isInstance).map(FieldError.class::cast)
                .forEach(error -> {
                    ConfigurationPropertyName name = errors.getName().append(dashed(error.getField()));
                    Optional<ConfigurationProperty> bound = errors.getBoundProperties().stream()
                            .filter(property -> property.getName().equals(name)).findFirst();
                    Object value = bound.<Object>map(ConfigurationProperty::getValue).orElse(error.getRejectedValue());
                    Origin origin = bound.map(ConfigurationProperty::getOrigin).orElse(Origin.from(error));
                    sentences.add("%s is \"%s\"%s, but it %s.".formatted(name, value, setBy(origin),
                            error.getDefaultMessage()));
                    names.add(name.toString());
                });
        if (sentences.isEmpty()) {
            return null;
        }
        return new FailureAnalysis(String.join(System.lineSeparator(), sentences),
                ACTION.formatted(String.join(" and ", names)), cause);
    }

    private static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date: write it yyyy-MM-dd, such as 2026-12-01";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "a value of type " + type.getSimpleName();
    }

    private static String setBy(Origin origin) {
        return origin == null ? "" : " (set by " + origin + ")";
    }

    /** {@code trustedProxies} is written {@code trusted-proxies} in a property name. */
    private static String dashed(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
