package ai.scorecard.editing;

import ai.scorecard.checks.Problem;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/** The domain's reasons for refusing a draft, shown next to the form fields they concern. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * Adds each problem to the form's errors, on the form's own name for the draft's field. A field the
     * form could not even read (a date that is not a date) keeps only that first reason.
     */
    public static void add(List<Problem> problems, Errors errors, UnaryOperator<String> formField) {
        for (Problem problem : problems) {
            if (problem.field() == null) {
                errors.reject(problem.code(), arguments(problem), problem.message());
                continue;
            }
            String field = formField.apply(problem.field());
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, problem.code(), arguments(problem), problem.message());
            }
        }
    }

    /** The texts a reason names (a metric's unit), each looked up in the reader's language when it is shown. */
    private static Object[] arguments(Problem problem) {
        return problem.argumentCodes().stream().map(DefaultMessageSourceResolvable::new).toArray();
    }

    /** As {@link #add(List, Errors, UnaryOperator)}, for a form whose fields are named as the draft's. */
    public static void add(List<Problem> problems, Errors errors) {
        add(problems, errors, UnaryOperator.identity());
    }
}
