package ai.scorecard.editing;

/**
 * Someone else saved the record after this editor opened it. Carries the record as it is now, so
 * the conflict page can show the other change beside the editor's own input.
 */
class EditConflict extends RuntimeException {

    private final transient Object current;

    EditConflict(Object current) {
        super("The record changed since the form was opened");
        this.current = current;
    }

    Object current() {
        return current;
    }
}
