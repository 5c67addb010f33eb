package ai.scorecard.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever under {@code /api/v1} no endpoint answers: a problem detail rather than the HTML error page a program
 * cannot read. An address no endpoint has is 404; any method but GET and HEAD is 405, the API being read-only.
 * More specific mappings win, so this answers only what they do not.
 */
@Hidden
@RestController
@RequiredArgsConstructor
class ApiFallback {

    private final Problems problems;

    @RequestMapping("/api/v1/**")
    ResponseEntity<ProblemDetail> nothingHere(HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        HttpMethod method = HttpMethod.valueOf(request.getMethod());
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return problems.answer(HttpStatus.NOT_FOUND, null, null, request, response, locale,
                    "api.problem.noEndpoint");
        }
        response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
        return problems.answer(HttpStatus.METHOD_NOT_ALLOWED, null, null, request, response, locale,
                "api.problem.readOnly");
    }
}
