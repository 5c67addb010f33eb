package ai.scorecard.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** An editor's or an administrator's account. */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Account {

    /** Failed sign-ins in a row that lock an account for {@link #LOCK}. */
    static final int ALLOWED_FAILURES = 5;
    static final java.time.Duration LOCK = java.time.Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled = true;

    private int failedSignIns;

    private Instant lockedUntil;

    @Version
    private long version;

    Account(String username, String passwordHash, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for a while. */
    void signInFailed(Instant now) {
        failedSignIns++;
        if (failedSignIns >= ALLOWED_FAILURES) {
            lockedUntil = now.plus(LOCK);
            failedSignIns = 0;
        }
    }

    void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        signedIn();
    }

    void changeRole(Role newRole) {
        role = newRole;
    }

    void enable(boolean enable) {
        enabled = enable;
    }
}
