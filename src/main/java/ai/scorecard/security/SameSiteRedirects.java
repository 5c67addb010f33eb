package ai.scorecard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.util.UrlUtils;

/**
 * Redirects by path only. The page remembered before sign-in is kept as a full URL built from the
 * request's Host header, which the client chooses; keeping only its path and query means a request
 * naming another host ({@code Host: evil.example}) is still sent back to this site.
 */
final class SameSiteRedirects implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        String target = url;
        if (UrlUtils.isAbsoluteUrl(url)) {
            try {
                URI uri = URI.create(url);
                target = (uri.getRawPath() == null ? "" : uri.getRawPath())
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            } catch (IllegalArgumentException unreadable) {
                target = "/";
            }
        } else {
            target = request.getContextPath() + url;
        }
        // "//host/x" would be read by a browser as another host.
        target = "/" + target.replaceFirst("^[/\\\\]+", "");
        response.sendRedirect(response.encodeRedirectURL(target));
    }
}
