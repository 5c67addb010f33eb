package ai.scorecard.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** Who a revision is by, with and without sign-in. */
class RevisionUserListenerTest {

    @Test
    void withoutARevisionUserBeanEveryRevisionIsBySystem() {
        assertThat(listener(null).currentUsername()).isEqualTo("system");
    }

    @Test
    void nobodySignedInOrABlankNameIsSystem() {
        assertThat(listener(Optional::empty).currentUsername()).isEqualTo("system");
        assertThat(listener(() -> Optional.of(" ")).currentUsername()).isEqualTo("system");
    }

    @Test
    void theSignedInUserIsRecordedAndALongNameIsCutToTheColumn() {
        assertThat(listener(() -> Optional.of("alice")).currentUsername()).isEqualTo("alice");
        assertThat(listener(() -> Optional.of("x".repeat(150))).currentUsername()).hasSize(100);
    }

    private static RevisionUserListener listener(RevisionUser user) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (user != null) {
            beans.registerSingleton("revisionUser", user);
        }
        return new RevisionUserListener(beans.getBeanProvider(RevisionUser.class));
    }
}
