package ai.scorecard.source;

import ai.scorecard.checks.Problem;
import java.util.List;

/** What the bibliography answers to a source added or corrected: saved, or refused and why. */
public sealed interface SourceOutcome {

    record Saved(Source source) implements SourceOutcome {
    }

    /** The draft breaks a rule of a valid source; nothing was stored. */
    record Invalid(List<Problem> problems) implements SourceOutcome {
    }

    /** The bibliography holds this publication already, as {@code existing}; cite that one. */
    record AlreadyThere(Source existing) implements SourceOutcome {
    }

    /** Someone corrected the source after the editor opened it; {@code current} is how it stands now. */
    record EditConflict(Source current) implements SourceOutcome {
    }
}
