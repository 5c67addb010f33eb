package ai.scorecard.checks;

import java.util.Locale;
import java.util.Optional;

/**
 * A text kept in English and in Chinese, either of which may be missing, and the rule every page follows
 * to show it: the reader's language, or else the other one, said to be the other one.
 *
 * @param en the English text, or null
 * @param zh the Chinese text, or null
 */
public record Bilingual(String en, String zh) {

    public static final String ENGLISH = "en";

    public static final String CHINESE = "zh";

    /** Blank texts are none. */
    public Bilingual {
        en = en == null || en.isBlank() ? null : en;
        zh = zh == null || zh.isBlank() ? null : zh;
    }

    public boolean isEmpty() {
        return en == null && zh == null;
    }

    /** What a reader of the locale reads: nothing when neither text is there. */
    public Optional<Reading> in(Locale locale) {
        boolean chineseReader = locale != null && CHINESE.equals(locale.getLanguage());
        String wanted = chineseReader ? zh : en;
        if (wanted != null) {
            return Optional.of(new Reading(wanted, chineseReader ? CHINESE : ENGLISH, false));
        }
        String other = chineseReader ? en : zh;
        return Optional.ofNullable(other).map(text -> new Reading(text, chineseReader ? ENGLISH : CHINESE, true));
    }

    /**
     * The English text, or the Chinese where there is none: for what is written down in one language whoever
     * reads it (a retraction's reason, a line of history, a duplicate's key).
     */
    public String either() {
        return en != null ? en : zh;
    }

    /** The text for a reader of the locale, or an empty string: for attributes and plain-text places. */
    public String text(Locale locale) {
        return in(locale).map(Reading::text).orElse("");
    }

    /**
     * The rule of a text required in one language, either: a problem on the English field when both are
     * blank. Each field's own rules (length, plain text) stand beside it.
     */
    public static Optional<Problem> requiredProblem(String englishField, String en, String zh) {
        return new Bilingual(en, zh).isEmpty() ? Optional.of(Problem.of(englishField, "form.bilingual.required"))
                : Optional.empty();
    }

    /**
     * A text as a reader gets it.
     *
     * @param language the text's language, {@code en} or {@code zh}
     * @param fallback the reader's language was missing and this is the other one
     */
    public record Reading(String text, String language, boolean fallback) {
    }
}
