package ai.scorecard.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends an account's sign-in sessions when its rights change (disabled, role changed, password reset):
 * a session keeps the rights it was signed in with, so without this a disabled editor would go on
 * editing. Sessions live in the database, so deleting them ends them on every instance at once.
 */
@Component
class SessionRevocation {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionRevocation(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void endSessionsOf(String username) {
        endSessionsOf(username, null);
    }

    /**
     * Ends every session of the account but {@code keep} (or all when null), once the change that calls
     * for it has committed: ended earlier, a sign-in racing the change could still read the old rights.
     */
    void endSessionsOf(String username, String keep) {
        Runnable end = () -> sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(sessions::deleteById);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end.run();
                }
            });
        } else {
            end.run();
        }
    }
}
