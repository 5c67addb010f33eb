package ai.scorecard.web;

import java.util.Locale;

/**
 * How enum values are spelled in URLs: {@code CODING_TOOL} as {@code coding-tool}. Links are written with
 * {@link #of} and read back by {@link KebabCaseEnumConverterFactory}, so the two never drift apart.
 */
public final class KebabCase {

    private KebabCase() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String constantName(String spelled) {
        return spelled.replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
