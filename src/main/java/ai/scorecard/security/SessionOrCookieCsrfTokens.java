package ai.scorecard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Keeps the CSRF token in the session once there is one (signed-in editors), and in a cookie before
 * (the sign-in form): showing the sign-in form used to store a session row for every reader who
 * opened it. The cookie is HttpOnly (forms carry the token, no script reads it), SameSite=Lax, and
 * Secure whenever the request came over HTTPS.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

    /** CookieCsrfTokenRepository's default name. */
    static final String COOKIE = "XSRF-TOKEN";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokens() {
        cookie.setCookieCustomizer(customizer -> customizer.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        boolean inCookie = WebUtils.getCookie(request, COOKIE) != null;
        if (token == null) {
            session.saveToken(null, request, response);
            if (inCookie) {
                cookie.saveToken(null, request, response);
            }
        } else if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        CsrfToken inSession = request.getSession(false) != null ? session.loadToken(request) : null;
        if (inSession != null) {
            return inSession;
        }
        // Forms send the token as the "_csrf" parameter, which both stores name alike.
        return cookie.loadToken(request);
    }
}
