package ai.scorecard.source;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Sources for tests: stored through the bibliography, so facts can cite them, or only proposed. */
@Component
public class SourceFixtures {

    private final Bibliography bibliography;

    SourceFixtures(Bibliography bibliography) {
        this.bibliography = bibliography;
    }

    /** A source of third-party data in English; without a date, one that gives none. */
    public static SourceDraft draft(String title, String url, LocalDate date) {
        return new SourceDraft(title, null, url, date, date == null, Language.EN, SourceKind.THIRD_PARTY_DATA, null);
    }

    /** Not stored: for facts that are only formatted or checked, never recorded. */
    public static Source unsaved(String title, String url, LocalDate date) {
        return Source.proposed(draft(title, url, date));
    }

    /** The stored source with this title and address, added now unless the bibliography holds it already. */
    public Source cite(String title, String url, LocalDate date) {
        SourceOutcome outcome = bibliography.add(draft(title, url, date));
        if (outcome instanceof SourceOutcome.Saved saved) {
            return saved.source();
        }
        if (outcome instanceof SourceOutcome.AlreadyThere there) {
            return there.existing();
        }
        throw new IllegalArgumentException("Not a valid source: " + outcome);
    }
}
