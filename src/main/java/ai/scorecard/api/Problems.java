package ai.scorecard.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * RFC 9457 problem details in the reader's language: {@code detail} is the message the page would show, and the
 * extension members {@code parameter} and {@code value} say what was wrong for a program to read.
 */
@Component
@RequiredArgsConstructor
class Problems {

    private final MessageSource messages;

    ResponseEntity<ProblemDetail> answer(HttpStatus status, String parameter, Object value, HttpServletRequest request,
            HttpServletResponse response, Locale locale, String messageCode, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageCode, arguments, locale));
        instance(request).ifPresent(problem::setInstance);
        if (parameter != null) {
            problem.setProperty("parameter", parameter);
            problem.setProperty("value", value);
        }
        // The detail is in the reader's language, and a refusal is no answer for a shared cache to keep. Set on the
        // response itself, replacing what ConditionalGet set: the entity's headers would be added beside it.
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Optional<URI> instance(HttpServletRequest request) {
        try {
            return Optional.of(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }
}
