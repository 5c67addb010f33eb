package ai.scorecard.source;

/** The language a source is written in; pages mark its title with it, so screen readers switch voice. */
public enum Language {
    ZH("zh"),
    EN("en"),
    OTHER(null);

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag for a {@code lang} attribute; null for a language we do not name. */
    public String tag() {
        return tag;
    }
}
