package ai.scorecard.history;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who the changes made by a piece of work are by, when no signed-in editor makes them: the seed, say. The
 * revisions it writes name that author instead of {@value RevisionUser#SYSTEM}.
 */
public final class Authorship {

    private static final ThreadLocal<String> AUTHOR = new ThreadLocal<>();

    private Authorship() {
    }

    /** Runs the work on this thread with its revisions by {@code author}. */
    public static <T> T as(String author, Supplier<T> work) {
        String before = AUTHOR.get();
        AUTHOR.set(author);
        try {
            return work.get();
        } finally {
            if (before == null) {
                AUTHOR.remove();
            } else {
                AUTHOR.set(before);
            }
        }
    }

    static Optional<String> current() {
        return Optional.ofNullable(AUTHOR.get());
    }
}
