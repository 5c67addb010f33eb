package ai.scorecard.catalog;

import ai.scorecard.checks.Problem;
import java.util.List;

/** What the catalog answers to a company or product created or changed: saved, or refused and why. */
public sealed interface Outcome<T> {

    record Saved<T>(T record) implements Outcome<T> {
    }

    /** The draft breaks a rule of a valid record; nothing was stored. */
    record Invalid<T>(List<Problem> problems) implements Outcome<T> {
    }

    /** Another record has this address name; nothing was stored. */
    record SlugTaken<T>() implements Outcome<T> {
    }

    /** Someone saved the record after the editor opened it; {@code current} is how it stands now. */
    record EditConflict<T>(T current) implements Outcome<T> {
    }
}
