package ai.scorecard.editing;

import ai.scorecard.checks.Problem;
import ai.scorecard.source.Bibliography;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceOutcome;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The source a fact form cites: one picked from the bibliography, or a new one the editor describes on the
 * form, which is added with the fact or not at all.
 */
@Component
@RequiredArgsConstructor
public class Citations {

    /** How many of the latest sources the picker offers before the editor searches. */
    static final int RECENT = 30;

    private final Bibliography bibliography;

    /**
     * The source the form cites, to check the fact against: the one picked, or the new one as proposed, not
     * yet stored. The reasons a new source would be refused go on the form's errors; a picked source that
     * does not exist is no source.
     */
    Optional<Source> checked(CitingForm form, Errors errors) {
        if (!form.citesNewSource()) {
            Optional<Source> picked = bibliography.find(form.getSourceId());
            if (picked.isEmpty()) {
                errors.rejectValue("sourceId", "source.unknown");
            }
            return picked;
        }
        List<Problem> problems = bibliography.check(form.newSource());
        FieldErrors.add(problems, errors, CitingForm::newSourceField);
        return Optional.of(Source.proposed(form.newSource()));
    }

    /**
     * The stored source the form cites, adding the new one now: within the fact's transaction, so the two go
     * in together or not at all. A new source the bibliography holds already is that one.
     */
    Source stored(CitingForm form) {
        if (!form.citesNewSource()) {
            return bibliography.find(form.getSourceId()).orElseThrow();
        }
        SourceOutcome outcome = bibliography.add(form.newSource());
        if (outcome instanceof SourceOutcome.Saved saved) {
            return saved.source();
        }
        if (outcome instanceof SourceOutcome.AlreadyThere there) {
            return there.existing();
        }
        throw new IllegalStateException("A checked source was refused: " + outcome);
    }

    /** The sources matching the text, newest first; the latest when there is no text. */
    List<Source> found(String text) {
        return text == null || text.isBlank() ? bibliography.recent(RECENT) : bibliography.matching(text, RECENT);
    }

    /** The recorded source the form cites: the one picked, or the one recorded as the new one it describes. */
    Optional<Source> recorded(CitingForm form) {
        return form.citesNewSource() ? bibliography.recorded(form.newSource()) : bibliography.find(form.getSourceId());
    }

    /**
     * The sources the picker offers: those matching what the editor typed to find one, or else the latest;
     * and the one the form cites now, if it is not among them.
     */
    List<Source> offered(CitingForm form) {
        List<Source> recent = found(form.getSourceQuery());
        if (form.getSourceId() == null || recent.stream().anyMatch(s -> s.getId().equals(form.getSourceId()))) {
            return recent;
        }
        return bibliography.find(form.getSourceId())
                .map(picked -> Stream.concat(Stream.of(picked), recent.stream()).toList())
                .orElse(recent);
    }
}
