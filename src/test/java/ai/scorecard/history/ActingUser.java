package ai.scorecard.history;

import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Tests say who is making a change through the same seam sign-in uses: a {@link RevisionUser} bean.
 * It is primary, so it wins over the one security provides.
 */
class ActingUser implements RevisionUser {

    private volatile String username;

    void actAs(String username) {
        this.username = username;
    }

    void signOut() {
        this.username = null;
    }

    @Override
    public Optional<String> currentUsername() {
        return Optional.ofNullable(username);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        @Primary
        ActingUser actingUser() {
            return new ActingUser();
        }
    }
}
