package ai.scorecard.fact;

import ai.scorecard.checks.Bilingual;
import ai.scorecard.checks.PlainText;
import ai.scorecard.checks.Problem;
import ai.scorecard.source.Source;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A dispute as an editor states it, before {@link RightOfReply} records it: who disputes the fact and why, each
 * in English, Chinese or both, and the source they cite against it.
 *
 * @param source the counter-source, from the {@link ai.scorecard.source.Bibliography} (or {@link Source#proposed
 *     proposed} to it, when checking a dispute and its new source before storing either)
 */
public record DisputeDraft(
        @Size(max = 200) @PlainText String disputedBy,
        @Size(max = 200) @PlainText String disputedByZh,
        @NotNull Source source,
        @Size(max = 2000) @PlainText(multiline = true) String note,
        @Size(max = 2000) @PlainText(multiline = true) String noteZh) {

    /** Blanks are nothing; what is typed is kept without its surrounding spaces. */
    public DisputeDraft {
        disputedBy = stripped(disputedBy);
        disputedByZh = stripped(disputedByZh);
        note = stripped(note);
        noteZh = stripped(noteZh);
    }

    /** The same dispute, citing the stored source a proposed one became. */
    public DisputeDraft citing(Source stored) {
        return new DisputeDraft(disputedBy, disputedByZh, stored, note, noteZh);
    }

    /** Who disputes and why must each be said in one language at least. */
    List<Problem> crossFieldProblems() {
        return Stream.of(Bilingual.requiredProblem("disputedBy", disputedBy, disputedByZh),
                Bilingual.requiredProblem("note", note, noteZh)).flatMap(Optional::stream).toList();
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
