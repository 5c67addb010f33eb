package ai.scorecard.history;

import java.util.Optional;
import org.hibernate.envers.RevisionListener;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Stamps each new revision with its author ({@link Authorship}) or else the signed-in user. Hibernate creates it through Spring's bean
 * container (Spring Boot sets that up), so it can ask for the {@link RevisionUser} bean lazily.
 */
class RevisionUserListener implements RevisionListener {

    private static final int MAX_LENGTH = 100;

    private final ObjectProvider<RevisionUser> users;

    RevisionUserListener(ObjectProvider<RevisionUser> users) {
        this.users = users;
    }

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).setUsername(currentUsername());
        Authorship.currentImport().ifPresent(imported -> ((Revision) revision).describeAsImportOf(imported.file(),
                imported.rows()));
    }

    String currentUsername() {
        RevisionUser user = users.getIfAvailable();
        String name = Authorship.current().or(() -> user == null ? Optional.empty() : user.currentUsername())
                .filter(n -> !n.isBlank()).orElse(null);
        if (name == null) {
            return RevisionUser.SYSTEM;
        }
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
