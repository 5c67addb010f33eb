package ai.scorecard.checks;

import java.util.List;

/**
 * Why a rule refused a value: the field it concerns (null for the record as a whole) and the reason as a
 * message code, which each reader sees in their language. A rule of Bean Validation also carries the
 * message it already wrote, for the codes the bundles do not hold.
 *
 * @param field a field of the command, such as {@code asOf} or {@code source.title}
 * @param code a message code, such as {@code fact.value.required}
 * @param message the text to show when no bundle holds {@code code}; may be null
 * @param argumentCodes message codes whose texts, in the reader's language, fill the reason's {0}, {1}…
 *     (such as the unit a metric is counted in); empty for most reasons
 */
public record Problem(String field, String code, String message, List<String> argumentCodes) {

    public Problem {
        argumentCodes = argumentCodes == null ? List.of() : List.copyOf(argumentCodes);
    }

    public Problem(String field, String code, String message) {
        this(field, code, message, List.of());
    }

    public static Problem of(String field, String code, String... argumentCodes) {
        return new Problem(field, code, null, List.of(argumentCodes));
    }
}
