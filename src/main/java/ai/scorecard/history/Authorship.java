package ai.scorecard.history;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who the changes made by a piece of work are by, when no signed-in editor makes them: the seed, say. The
 * revisions it writes name that author instead of {@value RevisionUser#SYSTEM}. And what a piece of work is,
 * when a revision is more than an edit: the import of a file, which the history tells as one line.
 */
public final class Authorship {

    private static final ThreadLocal<String> AUTHOR = new ThreadLocal<>();

    private static final ThreadLocal<Imported> IMPORT = new ThreadLocal<>();

    /** A file whose rows a revision records: its name as uploaded, and its number of rows. */
    public record Imported(String file, int rows) {
    }

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

    /** Runs the work on this thread with its revisions described as the import of the file's rows. */
    public static <T> T asImportOf(String file, int rows, Supplier<T> work) {
        Imported before = IMPORT.get();
        IMPORT.set(new Imported(file, rows));
        try {
            return work.get();
        } finally {
            if (before == null) {
                IMPORT.remove();
            } else {
                IMPORT.set(before);
            }
        }
    }

    static Optional<Imported> currentImport() {
        return Optional.ofNullable(IMPORT.get());
    }

    static Optional<String> current() {
        return Optional.ofNullable(AUTHOR.get());
    }
}
