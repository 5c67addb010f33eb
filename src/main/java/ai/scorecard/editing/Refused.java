package ai.scorecard.editing;

/**
 * The database refused a write that the form's checks let through (another editor took the slug a
 * moment earlier). Thrown to roll the transaction back; the reason is already in the form's errors.
 */
class Refused extends RuntimeException {

    Refused() {
        super("Refused by the database");
    }
}
