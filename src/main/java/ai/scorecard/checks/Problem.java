package ai.scorecard.checks;

/**
 * Why a rule refused a value: the field it concerns (null for the record as a whole) and the reason as a
 * message code, which each reader sees in their language. A rule of Bean Validation also carries the
 * message it already wrote, for the codes the bundles do not hold.
 *
 * @param field a field of the command, such as {@code asOf} or {@code source.title}
 * @param code a message code, such as {@code fact.value.required}
 * @param message the text to show when no bundle holds {@code code}; may be null
 */
public record Problem(String field, String code, String message) {

    public static Problem of(String field, String code) {
        return new Problem(field, code, null);
    }
}
