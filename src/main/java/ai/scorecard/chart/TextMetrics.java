package ai.scorecard.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A rough, deliberately generous guess of how wide a line of text is (bold, in a wide sans-serif
 * such as DejaVu Sans), good enough to wrap labels and keep them apart without a font at hand.
 * Wide (CJK, full-width) characters count one em, most others about 0.6 em.
 */
final class TextMetrics {

    private TextMetrics() {
    }

    static double width(String text, double fontSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            ems += em(c);
            i += Character.charCount(c);
        }
        return ems * fontSize;
    }

    private static double em(int c) {
        if (wide(c)) {
            return 1.0;
        }
        if (" .,:;!|'ijlIt()[]".indexOf(c) >= 0) {
            return 0.36;
        }
        if (Character.isUpperCase(c) || c == 'm' || c == 'w') {
            return 0.8;
        }
        return 0.66;
    }

    static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }

    /**
     * Greedy line breaking at spaces, and between wide characters, so that each line fits
     * {@code maxWidth} when it can; a single word wider than that keeps a line of its own.
     */
    static List<String> wrap(String text, double maxWidth, double fontSize) {
        List<String> tokens = tokens(text.strip());
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens) {
            if (token.isBlank()) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                continue;
            }
            String candidate = line + token;
            if (!line.isEmpty() && width(candidate.strip(), fontSize) > maxWidth) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(token);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** Words, single spaces, and every wide character as a token of its own. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                flush(word, tokens);
                tokens.add(" ");
            } else if (wide(c)) {
                flush(word, tokens);
                tokens.add(new String(Character.toChars(c)));
            } else {
                word.appendCodePoint(c);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }
}
