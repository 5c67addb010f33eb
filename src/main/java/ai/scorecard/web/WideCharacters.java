package ai.scorecard.web;

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
        int wide = 0;
        for (int i = 0; i < html.length(); i++) {
            if (html.charAt(i) > 0xFF) {
                wide++;
            }
        }
        if (wide == 0 || wide > html.length() / RARE) {
            return html;
        }
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
