package ai.scorecard.checks;

import java.util.Locale;

/**
 * A reader's search text as the pattern of a case-insensitive {@code like}: it matches where the text appears
 * anywhere, and takes every character literally, {@code %} and {@code _} included. The query lower-cases the
 * column and says {@code escape '!'}: not the backslash, which HQL's string literals and some databases read as
 * an escape of their own. H2 and PostgreSQL read it alike.
 */
public final class LikePattern {

    private LikePattern() {
    }

    public static String containing(String text) {
        String literal = text.strip().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + literal + "%";
    }
}
