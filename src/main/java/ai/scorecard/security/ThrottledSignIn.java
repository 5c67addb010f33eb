package ai.scorecard.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password only when {@link SignInThrottle} grants the client a slot; otherwise refuses with
 * {@link Throttled} before any password is looked at, whatever the username.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName();
        String client = attempt.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        if (!throttle.tryAcquire(username, client)) {
            throw new Throttled();
        }
        Authentication signedIn = passwords.authenticate(attempt);
        throttle.succeeded(username, client);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many attempts from this client: answered the same way for every username. */
    static class Throttled extends AuthenticationException {
        Throttled() {
            super("Too many sign-in attempts from this client");
        }
    }
}
