package ai.scorecard.importing;

import java.util.Locale;

/** What the rows of an imported file are: each kind has the columns of its seed file. */
enum ImportKind {
    FACTS, SOURCES, COMPANIES, PRODUCTS;

    /** The name in addresses and forms: {@code facts}, {@code sources}, ... */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
