package ai.scorecard.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * An editor's or an administrator's account. It is never locked by failed sign-ins (that let a stranger
 * keep anyone out): {@link SignInThrottle} slows the guesser instead.
 */
@Entity
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled = true;

    @Version
    private long version;

    Account(String username, String passwordHash, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
    }

    void changeRole(Role newRole) {
        role = newRole;
    }

    void enable(boolean enable) {
        enabled = enable;
    }
}
