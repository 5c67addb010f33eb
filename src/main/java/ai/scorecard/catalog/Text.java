package ai.scorecard.catalog;

/** How typed text is kept: without surrounding spaces, and an empty optional field as nothing. */
final class Text {

    private Text() {
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
