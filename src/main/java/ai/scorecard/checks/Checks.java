package ai.scorecard.checks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rules written on a command's fields (Bean Validation), as {@link Problem}s. The codes are the ones
 * Spring gives a form's field errors (the constraint's name, such as {@code NotBlank}), so a form shows
 * the same words whether a rule was checked by the form or by the domain behind it.
 */
@Component
public class Checks {

    private final Validator validator;

    Checks(Validator validator) {
        this.validator = validator;
    }

    /** Every field rule the command breaks, in a stable order. */
    public List<Problem> of(Object command) {
        return validator.validate(command).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .map(Checks::problem).toList();
    }

    private static Problem problem(ConstraintViolation<Object> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new Problem(violation.getPropertyPath().toString(), constraint, violation.getMessage());
    }
}
