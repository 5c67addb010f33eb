package ai.scorecard.catalog;

import java.util.Locale;

/** The rule every page follows to show a name with an English and an optional Chinese form. */
public final class Names {

    private Names() {
    }

    public static String pick(Locale locale, String english, String chinese) {
        boolean wantsChinese = locale != null && "zh".equals(locale.getLanguage());
        return wantsChinese && chinese != null && !chinese.isBlank() ? chinese : english;
    }
}
