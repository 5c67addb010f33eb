package ai.scorecard.checks;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A date an editor types: from {@link #EARLIEST} to {@link #YEARS_AHEAD} years after today, and not after
 * today where {@link #future()} says so. The one place every form's date fields are bounded: Java reads
 * dates a database cannot hold (year -999999999), or holds differently (PostgreSQL has no year before
 * 4713 BC and counts days before 1582-10-15 in the Julian calendar), and none of them is a date of AI
 * commercialization anyway.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDate.Check.class)
public @interface PlausibleDate {

    LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    int YEARS_AHEAD = 5;

    String message() default "{form.date.range}";

    /** Whether a date after today is accepted (up to {@link #YEARS_AHEAD} years ahead). */
    boolean future() default true;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

        private final Clock clock;

        private boolean future;

        /** Spring's validator factory passes the application's clock, which tests pin. */
        Check(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void initialize(PlausibleDate annotation) {
            future = annotation.future();
        }

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            if (date == null) {
                return true;
            }
            LocalDate today = LocalDate.now(clock);
            if (!future && date.isAfter(today)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{form.date.future}").addConstraintViolation();
                return false;
            }
            return !date.isBefore(EARLIEST) && !date.isAfter(today.plusYears(YEARS_AHEAD));
        }
    }
}
