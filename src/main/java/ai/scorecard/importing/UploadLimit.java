package ai.scorecard.importing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over the limit is sent back to the form, which names the limit, before anything reads it: the
 * servlet container refuses to read a body over {@code spring.servlet.multipart.max-request-size}, and the
 * first filter asking for a parameter (the CSRF filter) would fail with it, far from any controller.
 */
@Component
@Order(-200) // before Spring Security's filters (-100), after Spring Session's
class UploadLimit extends OncePerRequestFilter {

    static final String LIMIT = "20 MB";

    /** The file's limit and some room for the form's other fields and the multipart boundaries. */
    private static final long MAX_REQUEST_BYTES = 21L * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/import".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + "/import?tooLarge");
            return;
        }
        chain.doFilter(request, response);
    }
}
