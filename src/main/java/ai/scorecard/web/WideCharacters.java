package ai.scorecard.web;

import java.util.List;

/**
 * HTML kept as Java strings takes one byte a character while every character is Latin-1, and two bytes a character
 * for the whole string as soon as one is not. An English page has a hundred or so such characters (–, ▲, ≈) in a
 * hundred thousand: written as numeric character references, which a browser reads the same in text and attribute
 * values, they leave the string at half the size, and so every copy of it while the page is answered. Chinese markup,
 * with wide characters throughout, is left as it is: references would make it larger.
 */
public final class WideCharacters {

    /** At most one wide character in this many is written as a reference. */
    private static final int RARE = 64;

    private WideCharacters() {
    }

    /** The same HTML with its wide characters as numeric references, when they are few; otherwise the HTML itself. */
    public static String asReferences(String html) {
        int wide = count(html);
        if (wide == 0 || wide > html.length() / RARE) {
            return html;
        }
        return references(html, wide);
    }

    /** Whether these pieces of one page, together, have few enough wide characters to write them as references. */
    public static boolean fewIn(List<String> pieces) {
        long wide = 0;
        long length = 0;
        for (String piece : pieces) {
            wide += count(piece);
            length += piece.length();
        }
        return wide <= length / RARE;
    }

    /**
     * The same HTML with every wide character as a numeric reference, however many: for a short piece of a page whose
     * wide characters are few (see {@link #fewIn}).
     */
    public static String asReferencesAlways(String html) {
        int wide = count(html);
        return wide == 0 ? html : references(html, wide);
    }

    private static int count(String html) {
        int wide = 0;
        for (int i = 0; i < html.length(); i++) {
            if (html.charAt(i) > 0xFF) {
                wide++;
            }
        }
        return wide;
    }

    private static String references(String html, int wide) {
        StringBuilder latin1 = new StringBuilder(html.length() + wide * 8);
        for (int i = 0; i < html.length(); ) {
            int point = html.codePointAt(i);
            if (point > 0xFF) {
                latin1.append("&#").append(point).append(';');
            } else {
                latin1.append((char) point);
            }
            i += Character.charCount(point);
        }
        return latin1.toString();
    }
}
