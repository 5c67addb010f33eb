package ai.scorecard.editing;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.validation.Errors;

/** The rules a slug follows, as the schema's check constraint states them too. */
final class Slugs {

    static final String FORMAT = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private Slugs() {
    }

    /**
     * What to throw when the database refused a new record: when a unique key refused it, another editor
     * took the slug a moment earlier, which the form says next to the slug. Any other refusal (a check,
     * a value out of the column's range) is not the slug's fault and is not reported as one.
     */
    static RuntimeException takenMeanwhile(DataIntegrityViolationException refused, Errors errors) {
        if (!isUniqueKey(refused)) {
            return refused;
        }
        errors.rejectValue("slug", "form.slug.taken");
        return new Refused();
    }

    private static boolean isUniqueKey(DataIntegrityViolationException refused) {
        if (refused instanceof DuplicateKeyException) {
            return true;
        }
        for (Throwable cause = refused.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getKind() == ConstraintKind.UNIQUE;
            }
        }
        return false;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
