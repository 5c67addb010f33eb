package ai.scorecard.security;

import ai.scorecard.web.Fragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers an address the firewall refuses ({@code //}, {@code ;}, {@code ..}, encoded slashes) with the
 * application's own 400 page and its security headers, rather than the container's bare error: the
 * firewall runs before the filters that write those headers, so they are written here.
 */
@Component
@Slf4j
class RejectedRequestPage implements RequestRejectedHandler {

    private final Fragments fragments;
    private final LocaleResolver locales;

    RejectedRequestPage(Fragments fragments, LocaleResolver locales) {
        this.fragments = fragments;
        this.locales = locales;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refused)
            throws IOException {
        // A hostile or mistyped address, not a fault of ours: not worth more than a debug line.
        log.debug("Refused a request the firewall rejects: {}", refused.getMessage());
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        SecurityConfig.pageHeaders().forEach(writer -> writer.writeHeaders(request, response));
        try {
            String page = fragments.render("error/400", Map.of("status", HttpStatus.BAD_REQUEST.value()),
                    locales.resolveLocale(request), request, response);
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(page);
        } catch (Exception renderingFailed) {
            log.warn("Could not render the page for a rejected request", renderingFailed);
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }
}
