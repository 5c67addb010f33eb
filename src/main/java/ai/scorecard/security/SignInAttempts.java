package ai.scorecard.security;

import java.time.Clock;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Slows down password guessing: repeated failed sign-ins lock the account for a while. */
@Component
@RequiredArgsConstructor
class SignInAttempts {

    private final Accounts accounts;
    private final Clock clock;

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .ifPresent(account -> account.signInFailed(clock.instant()));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(Account::signedIn);
    }
}
