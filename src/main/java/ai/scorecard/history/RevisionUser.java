package ai.scorecard.history;

import java.util.Optional;

/**
 * Who is making the change being saved now: the seam between revision history and sign-in.
 *
 * <p>Every revision records a username. The history module asks the one Spring bean of this type, if
 * there is one; with no such bean, or when it answers empty (nobody signed in: the seed loader, a
 * scheduled job, a test), the revision is by {@value #SYSTEM}. Security provides the bean, reading
 * Spring Security's {@code SecurityContextHolder}; this module compiles and runs without Spring Security.
 */
public interface RevisionUser {

    /** The name recorded when nobody is signed in. */
    String SYSTEM = "system";

    /** The signed-in user's name, or empty when nobody is signed in. */
    Optional<String> currentUsername();
}
