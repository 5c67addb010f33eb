package ai.scorecard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.core.convert.ConversionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns what a reader can get wrong in a URL into a page that says what was wrong and where to go
 * next, with the right status. Nothing here shows an exception's own text: parameter names and the
 * rejected value are enough, and they are escaped by the template.
 */
@ControllerAdvice
class ErrorPages {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        return badRequest(e.getName(), shown(e.getValue()), response);
    }

    @ExceptionHandler(BindException.class)
    ModelAndView bind(BindException e, HttpServletResponse response) {
        FieldError field = e.getFieldError();
        if (field == null) {
            return badRequest(null, null, response);
        }
        return badRequest(field.getField(), shown(field.getRejectedValue()), response);
    }

    /** A parameter given twice ({@code ?page=a&page=b}) arrives as an array: show its values, not the array. */
    private static String shown(Object value) {
        if (value instanceof Object[] values) {
            return Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, HandlerMethodValidationException.class,
            ConversionException.class})
    ModelAndView otherBadRequest(Exception e, HttpServletResponse response) {
        String parameter = e instanceof MissingServletRequestParameterException missing
                ? missing.getParameterName() : null;
        return badRequest(parameter, null, response);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ModelAndView noResource(HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpServletResponse response) {
        return page(HttpStatus.METHOD_NOT_ALLOWED, response);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView status(ResponseStatusException e, HttpServletResponse response) {
        return page(e.getStatusCode(), response);
    }

    private static ModelAndView badRequest(String parameter, String value, HttpServletResponse response) {
        ModelAndView page = page(HttpStatus.BAD_REQUEST, response);
        page.addObject("parameter", parameter);
        page.addObject("rejectedValue", value);
        return page;
    }

    private static ModelAndView page(HttpStatusCode status, HttpServletResponse response) {
        response.setStatus(status.value());
        String view = switch (status.value()) {
            case 400, 403, 404 -> "error/" + status.value();
            default -> "error";
        };
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }
}
