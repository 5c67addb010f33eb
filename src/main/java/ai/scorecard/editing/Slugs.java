package ai.scorecard.editing;

/** The rules a slug follows, as the schema's check constraint states them too. */
final class Slugs {

    static final String FORMAT = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private Slugs() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
