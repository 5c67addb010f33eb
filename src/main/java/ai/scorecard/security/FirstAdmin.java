package ai.scorecard.security;

import ai.scorecard.ScorecardSettings;
import java.security.SecureRandom;
import java.util.Base64;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * There is no built-in password. When no account exists, an administrator "admin" is created with the
 * password in SCORECARD_ADMIN_PASSWORD, or else a random one printed once in the log.
 */
@Component
@Order(0)
@RequiredArgsConstructor
@Slf4j
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";

    private final Accounts accounts;
    private final PasswordEncoder encoder;

    private final ScorecardSettings settings;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String password = settings.adminPassword();
        if (password.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("Created the administrator account '{}' with the password {} — sign in and change it; "
                    + "this is the only time it is shown.", USERNAME, password);
        } else {
            log.info("Created the administrator account '{}' with the password from SCORECARD_ADMIN_PASSWORD",
                    USERNAME);
        }
        accounts.save(new Account(USERNAME, encoder.encode(password), Role.ADMIN));
    }
}
