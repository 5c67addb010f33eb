package ai.scorecard.api;

import ai.scorecard.catalog.Company;
import ai.scorecard.scoreboard.UnknownLens;
import ai.scorecard.scoreboard.UnknownVersion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's and the exports' refusals as problem details ({@code application/problem+json}), with the statuses
 * and messages of the pages: an unknown lens 400, an unknown methodology version 404, an unknown company 404, the
 * same company twice 400, a value that is not one 400. Ahead of the pages' error pages, and only for the
 * controllers of these two modules (named here by package, so the export module need not be known).
 */
@RestControllerAdvice(basePackages = {"ai.scorecard.api", "ai.scorecard.export"})
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class ApiProblems {

    private static final String BAD_PARAMETER = "api.problem.parameter";

    private final Problems problems;

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        Object argument = refusal.value() instanceof Company company ? company.name(locale) : refusal.value();
        Object value = refusal.value() instanceof Company company ? company.getSlug() : refusal.value();
        return problems.answer(refusal.status(), refusal.parameter(), value, request, response, locale,
                refusal.messageCode(), argument);
    }

    @ExceptionHandler(UnknownLens.class)
    ResponseEntity<ProblemDetail> unknownLens(UnknownLens e, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        return problems.answer(HttpStatus.BAD_REQUEST, "lens", e.code(), request, response, locale,
                "compare.problem.unknownLens", e.code());
    }

    @ExceptionHandler(UnknownVersion.class)
    ResponseEntity<ProblemDetail> unknownVersion(UnknownVersion e, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        return problems.answer(HttpStatus.NOT_FOUND, "version", e.version(), request, response, locale,
                "score.problem.unknownVersion", String.valueOf(e.version()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        return badParameter(e.getName(), shown(e.getValue()), request, response, locale);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> bind(BindException e, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        FieldError field = e.getFieldError();
        return field == null ? badParameter(null, null, request, response, locale)
                : badParameter(field.getField(), shown(field.getRejectedValue()), request, response, locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        return problems.answer(HttpStatus.BAD_REQUEST, e.getParameterName(), null, request, response, locale,
                "api.problem.missing", e.getParameterName());
    }

    @ExceptionHandler({HandlerMethodValidationException.class, ConversionException.class})
    ResponseEntity<ProblemDetail> otherBadRequest(HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        return badParameter(null, null, request, response, locale);
    }

    private ResponseEntity<ProblemDetail> badParameter(String parameter, String value, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        if (parameter == null) {
            return problems.answer(HttpStatus.BAD_REQUEST, null, null, request, response, locale,
                    "api.problem.request");
        }
        return problems.answer(HttpStatus.BAD_REQUEST, parameter, value, request, response, locale, BAD_PARAMETER,
                parameter, value);
    }

    /** A parameter given twice ({@code ?page=a&page=b}) arrives as an array: its values, not the array. */
    private static String shown(Object value) {
        if (value instanceof Object[] values) {
            return Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return value == null ? null : String.valueOf(value);
    }
}
